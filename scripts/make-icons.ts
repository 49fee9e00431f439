// Generates the Teams app icons in appPackage/ with plain Node (zlib + hand-written PNG chunks):
//   color.png   192×192  three overlapping soft circles ("a circle of people") on a rounded
//                        violet→indigo square
//   outline.png  32×32   the same three circles as white outlines on a transparent background
// Run once after changing the design: `npx tsx scripts/make-icons.ts`. The PNGs are committed.

import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { deflateSync } from "node:zlib";

type RGBA = [number, number, number, number]; // 0..255 channels, alpha 0..1

// ---------------------------------------------------------------------------------------------
// PNG encoding: 8-bit RGBA, every row with filter type 0 (none), one IDAT chunk.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes straight (non-premultiplied) RGBA pixels, row-major, 4 bytes per pixel. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type: none
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// A tiny supersampling rasteriser: the scene returns the colour at a point; each pixel averages
// samples × samples points (premultiplied), which gives smooth anti-aliased edges.

function render(size: number, samples: number, scene: (x: number, y: number) => RGBA): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const n = samples * samples;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [cr, cg, cb, ca] = scene(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      const alpha = a / n;
      if (alpha > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round(alpha * 255);
    }
  }
  return out;
}

/** Source-over compositing of a straight-alpha colour onto another. */
function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (t: number, b: number) => (t * top[3] + b * bottom[3] * (1 - top[3])) / a;
  return [mix(top[0], bottom[0]), mix(top[1], bottom[1]), mix(top[2], bottom[2]), a];
}

const hex = (h: string, alpha = 1): RGBA => [
  parseInt(h.slice(1, 3), 16),
  parseInt(h.slice(3, 5), 16),
  parseInt(h.slice(5, 7), 16),
  alpha,
];

function insideRoundedSquare(x: number, y: number, size: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Centres of three circles evenly spaced on a ring: top, bottom-right, bottom-left. */
function trio(cx: number, cy: number, ring: number): Array<[number, number]> {
  return [-90, 30, 150].map((deg) => {
    const t = (deg * Math.PI) / 180;
    return [cx + ring * Math.cos(t), cy + ring * Math.sin(t)] as [number, number];
  });
}

// ---------------------------------------------------------------------------------------------
// The two icons.

export function colorIcon(): Uint8Array {
  const size = 192;
  const from = hex("#8B6CFF"); // soft violet, top-left
  const to = hex("#4338CA"); // indigo, bottom-right
  const circles = trio(96, 100, 25);
  const fills = [hex("#FFB8D2", 0.82), hex("#9EEFD6", 0.82), hex("#FFE08A", 0.82)];
  const radius = 37;
  return render(size, 4, (x, y) => {
    if (!insideRoundedSquare(x, y, size, 42)) return [0, 0, 0, 0];
    const t = Math.min(1, Math.max(0, (x + y) / (2 * size)));
    let color: RGBA = [
      from[0] + (to[0] - from[0]) * t,
      from[1] + (to[1] - from[1]) * t,
      from[2] + (to[2] - from[2]) * t,
      1,
    ];
    // A faint light from the top-left keeps the square from looking flat.
    const glow = Math.max(0, 1 - Math.hypot(x - 40, y - 30) / 150) * 0.18;
    color = over([255, 255, 255, glow], color);
    circles.forEach(([cx, cy], i) => {
      if ((x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2) color = over(fills[i], color);
    });
    // A small white centre where the three circles meet.
    if ((x - 96) ** 2 + (y - 100) ** 2 <= 8 ** 2) color = over([255, 255, 255, 0.95], color);
    return color;
  });
}

export function outlineIcon(): Uint8Array {
  const size = 32;
  const circles = trio(16, 16.9, 7.2);
  const radius = 6.6;
  const half = 0.95; // half the stroke width
  return render(size, 8, (x, y) => {
    const onStroke = circles.some(([cx, cy]) => Math.abs(Math.hypot(x - cx, y - cy) - radius) <= half);
    return onStroke ? [255, 255, 255, 1] : [0, 0, 0, 0];
  });
}

function main(): void {
  const dir = fileURLToPath(new URL("../appPackage/", import.meta.url));
  const files: Array<[string, number, Uint8Array]> = [
    ["color.png", 192, colorIcon()],
    ["outline.png", 32, outlineIcon()],
  ];
  for (const [name, size, pixels] of files) {
    const png = encodePng(size, size, pixels);
    writeFileSync(path.join(dir, name), png);
    console.log(`${path.join("appPackage", name)}  ${size}×${size}  ${png.length} bytes`);
  }
}

// Only when run as a script, so the encoder can be imported without rewriting the icons.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
