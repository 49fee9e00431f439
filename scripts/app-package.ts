// Building the Teams app package (appPackage/build/appPackage.<env>.zip) the way Teams Toolkit's
// teamsApp/zipAppPackage does, but offline and without the toolkit:
//   1. read env/.env.<env> (+ env/.env.<env>.user), let the process environment override it, and
//      for env "local" fill the gaps with defaults that work against a localhost server;
//   2. replace every ${{VAR}} in appPackage/manifest.json (an empty value counts as missing);
//   3. validate the result against the JSON schema that @microsoft/app-manifest bundles for the
//      manifest version the file declares (no network: the schema is read from node_modules);
//   4. zip manifest.json + the two icons at the zip root.
// package-app.ts is the command-line wrapper; tests call these functions directly.

import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";
import { AppManifestUtils } from "@microsoft/app-manifest";
import JSZip from "jszip";

export const ROOT_DIR = fileURLToPath(new URL("..", import.meta.url));
export const APP_PACKAGE_DIR = path.join(ROOT_DIR, "appPackage");
export const ENV_DIR = path.join(ROOT_DIR, "env");
export const DEFAULT_ENV = "local";

export type Vars = Record<string, string>;
type Default = string | ((vars: Vars) => string | undefined);

const hostOf = (url: string | undefined): string | undefined => {
  if (!url) return undefined;
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
};

/**
 * Values used for env "local" when the env files and the process environment leave a variable
 * unset or empty: a package that sideloads against http://localhost:3978 (the playground / local
 * preview). Functions see the values resolved so far, so e.g. a tunnel URL set in TAB_ENDPOINT
 * also yields the matching TAB_DOMAIN.
 */
export const LOCAL_DEFAULTS: Readonly<Record<string, Default>> = {
  TEAMSFX_ENV: "local",
  APP_NAME_SUFFIX: "local",
  TEAMS_APP_ID: "6f1d3c2a-8b4e-4f7a-9c5d-2e1b0a9f8c7d",
  BOT_ID: "00000000-0000-0000-0000-000000000000",
  BOT_ENDPOINT: "http://localhost:3978",
  BOT_DOMAIN: (v) => hostOf(v.BOT_ENDPOINT),
  TAB_ENDPOINT: (v) => v.BOT_ENDPOINT,
  TAB_DOMAIN: (v) => hostOf(v.TAB_ENDPOINT),
  AAD_APP_CLIENT_ID: (v) => v.BOT_ID,
};

// ---------------------------------------------------------------------------------------------
// Environment files

/** Parses KEY=VALUE lines (dotenv style: `#` comments, optional `export `, optional quotes). */
export function parseEnvFile(text: string): Vars {
  const vars: Vars = {};
  for (const rawLine of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line || line.startsWith("#")) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key, rest] = match;
    let value = rest;
    const quote = value[0];
    if ((quote === '"' || quote === "'" || quote === "`") && value.indexOf(quote, 1) > 0) {
      value = value.slice(1, value.indexOf(quote, 1));
      if (quote === '"') value = value.replace(/\\n/g, "\n").replace(/\\r/g, "\r");
    } else {
      value = value.replace(/\s+#.*$/, "").trim(); // inline comment after an unquoted value
    }
    vars[key] = value;
  }
  return vars;
}

export interface ResolveOptions {
  /** Environment name: selects env/.env.<name>; "local" enables LOCAL_DEFAULTS. */
  envName: string;
  /** Variables from the env files, in order (later files win). */
  fileVars?: Vars[];
  /** Overrides the files; empty values are ignored. Defaults to nothing (pure). */
  processEnv?: NodeJS.ProcessEnv;
  /** Defaults to LOCAL_DEFAULTS for env "local", none otherwise. */
  defaults?: Readonly<Record<string, Default>>;
}

/** Merges file values, process overrides and (for "local") defaults; empty values are dropped. */
export function resolveVariables(options: ResolveOptions): Vars {
  const vars: Vars = {};
  const take = (source: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(source)) {
      if (typeof value === "string" && value.trim() !== "") vars[key] = value.trim();
    }
  };
  for (const file of options.fileVars ?? []) take(file);
  take(options.processEnv ?? {});
  const defaults = options.defaults ?? (options.envName === DEFAULT_ENV ? LOCAL_DEFAULTS : {});
  for (const [key, fallback] of Object.entries(defaults)) {
    if (vars[key] !== undefined) continue;
    const value = typeof fallback === "function" ? fallback(vars) : fallback;
    if (value) vars[key] = value;
  }
  return vars;
}

/** The env files Teams Toolkit reads for an environment, in precedence order. */
export function envFilesFor(envName: string, envDir = ENV_DIR): string[] {
  return [path.join(envDir, `.env.${envName}`), path.join(envDir, `.env.${envName}.user`)];
}

/** Reads env/.env.<env> and env/.env.<env>.user (when present) and resolves the variables. */
export function loadEnvironment(
  envName: string,
  options: { envDir?: string; processEnv?: NodeJS.ProcessEnv } = {},
): { vars: Vars; filesRead: string[] } {
  if (!/^[A-Za-z0-9_-]+$/.test(envName)) throw new Error(`Invalid environment name "${envName}".`);
  const filesRead = envFilesFor(envName, options.envDir).filter((file) => existsSync(file));
  const fileVars = filesRead.map((file) => parseEnvFile(readFileSync(file, "utf8")));
  return { vars: resolveVariables({ envName, fileVars, processEnv: options.processEnv }), filesRead };
}

// ---------------------------------------------------------------------------------------------
// Placeholders

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Names of the ${{VAR}} placeholders in a text, in order of first appearance. */
export function findPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

export class MissingVariablesError extends Error {
  constructor(
    readonly missing: string[],
    readonly envName: string,
    readonly source = "appPackage/manifest.json",
  ) {
    const list = missing.map((name) => `\${{${name}}}`).join(", ");
    const where = envName === DEFAULT_ENV ? "env/.env.local" : `env/.env.${envName}`;
    super(
      `No value for ${list} in ${source} (env "${envName}"): set ${missing.length > 1 ? "them" : "it"} in ${where} or the environment, or run Teams Toolkit provision for "${envName}".`,
    );
    this.name = "MissingVariablesError";
  }
}

/**
 * Replaces every ${{VAR}}; throws MissingVariablesError naming all unset variables at once.
 * With `json: true` values are escaped for use inside JSON strings (placeholders in a manifest
 * always sit inside strings), so a value with a quote or backslash cannot break the file.
 */
export function fillPlaceholders(
  template: string,
  vars: Vars,
  options: { envName?: string; json?: boolean; source?: string } = {},
): string {
  const missing = findPlaceholders(template).filter((name) => !vars[name]);
  if (missing.length > 0) throw new MissingVariablesError(missing, options.envName ?? DEFAULT_ENV, options.source);
  return template.replace(PLACEHOLDER, (_, name: string) =>
    options.json ? JSON.stringify(vars[name]).slice(1, -1) : vars[name],
  );
}

// ---------------------------------------------------------------------------------------------
// Schema validation against the schemas bundled in @microsoft/app-manifest

const require = createRequire(import.meta.url);

/** Folder with the bundled Teams manifest schemas (one sub-folder per version: v1.0 … v1.30, vDevPreview). */
export function bundledTeamsSchemaDir(): string {
  const pkg = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
  return path.join(pkg, "build", "json-schemas", "teams");
}

/** Released manifest versions with a bundled schema, oldest first (devPreview excluded). */
export function bundledManifestVersions(): string[] {
  return readdirSync(bundledTeamsSchemaDir())
    .map((dir) => /^v(\d+)\.(\d+)$/.exec(dir))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]))
    .map((m) => `${m[1]}.${m[2]}`);
}

export function newestManifestVersion(): string {
  const versions = bundledManifestVersions();
  return versions[versions.length - 1];
}

/** The official $schema URL for a manifest version (the form Teams Toolkit writes). */
export function schemaUrlFor(version: string): string {
  return `https://developer.microsoft.com/en-us/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
}

interface ManifestLike {
  $schema?: unknown;
  manifestVersion?: unknown;
}

/** Loads the bundled schema for the version a manifest declares; errors if it is not bundled. */
export function loadBundledSchema(manifest: ManifestLike): { version: string; schemaPath: string; schema: object } {
  const version = String(manifest.manifestVersion ?? "");
  if (!version) throw new Error("The manifest has no manifestVersion.");
  const urlVersion = typeof manifest.$schema === "string" ? /\/teams\/v([^/]+)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema)?.[1] : undefined;
  if (urlVersion !== undefined && urlVersion !== version) {
    throw new Error(`The manifest's $schema is for v${urlVersion} but manifestVersion is "${version}".`);
  }
  const dir = version === "devPreview" ? "vDevPreview" : `v${version}`;
  const schemaPath = path.join(bundledTeamsSchemaDir(), dir, "MicrosoftTeams.schema.json");
  if (!existsSync(schemaPath)) {
    throw new Error(`@microsoft/app-manifest bundles no schema for manifest version ${version} (newest: ${newestManifestVersion()}).`);
  }
  // Same clean-up the package applies to downloaded schemas (escapes JSON.parse rejects).
  const text = readFileSync(schemaPath, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
  return { version, schemaPath, schema: JSON.parse(text) as object };
}

/**
 * Validates a filled manifest against the bundled schema of the version it declares, using the
 * package's own validator (ajv draft-04 + formats). Returns one message per problem; [] = valid.
 */
export async function validateManifest(manifest: object): Promise<string[]> {
  const { schema } = loadBundledSchema(manifest as ManifestLike);
  type Validate = typeof AppManifestUtils.validateAgainstSchema;
  return AppManifestUtils.validateAgainstSchema(
    manifest as Parameters<Validate>[0],
    schema as Parameters<Validate>[1],
  );
}

// ---------------------------------------------------------------------------------------------
// PNG inspection (enough for the icon checks: IHDR, and RGBA/RGB 8-bit pixel decoding)

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngChunks(buf: Buffer): Array<{ type: string; data: Buffer }> {
  if (buf.length < 8 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error("Not a PNG file.");
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let off = 8; off + 8 <= buf.length; ) {
    const length = buf.readUInt32BE(off);
    const type = buf.toString("ascii", off + 4, off + 8);
    chunks.push({ type, data: buf.subarray(off + 8, off + 8 + length) });
    off += 12 + length;
    if (type === "IEND") break;
  }
  return chunks;
}

export function readPngInfo(buf: Buffer): PngInfo {
  const ihdr = pngChunks(buf)[0];
  if (ihdr?.type !== "IHDR") throw new Error("PNG without IHDR chunk.");
  return {
    width: ihdr.data.readUInt32BE(0),
    height: ihdr.data.readUInt32BE(4),
    bitDepth: ihdr.data[8],
    colorType: ihdr.data[9],
    interlace: ihdr.data[12],
  };
}

/** Decodes a non-interlaced 8-bit RGB or RGBA PNG into RGBA bytes (all five row filters). */
export function decodePng(buf: Buffer): PngInfo & { rgba: Uint8Array } {
  const info = readPngInfo(buf);
  if (info.bitDepth !== 8 || (info.colorType !== 6 && info.colorType !== 2) || info.interlace !== 0) {
    throw new Error(`Only non-interlaced 8-bit RGB/RGBA PNGs are supported (got colour type ${info.colorType}, depth ${info.bitDepth}).`);
  }
  const channels = info.colorType === 6 ? 4 : 3;
  const stride = info.width * channels;
  const raw = inflateSync(Buffer.concat(pngChunks(buf).filter((c) => c.type === "IDAT").map((c) => c.data)));
  const rows = new Uint8Array(stride * info.height);
  for (let y = 0; y < info.height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[x - channels] : 0;
      const b = prev[x];
      const c = x >= channels ? prev[x - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`Unknown PNG filter type ${filter} in row ${y}.`);
      out[x] = (src[x] + predictor) & 0xff;
    }
  }
  if (channels === 4) return { ...info, rgba: rows };
  const rgba = new Uint8Array(info.width * info.height * 4);
  for (let i = 0, j = 0; i < rows.length; i += 3, j += 4) {
    rgba.set(rows.subarray(i, i + 3), j);
    rgba[j + 3] = 255;
  }
  return { ...info, rgba };
}

/** Icon sizes Teams requires. */
export const ICON_SIZES = { color: 192, outline: 32 } as const;

// ---------------------------------------------------------------------------------------------
// The package

export interface BuildOptions {
  envName: string;
  vars: Vars;
  appPackageDir?: string;
  /** Where the zip goes; defaults to <appPackageDir>/build. */
  outDir?: string;
}

export interface BuildResult {
  zipPath: string;
  size: number;
  manifest: Record<string, unknown>;
  files: string[];
}

/** Fills the manifest and validates it (schema + icon files); returns the filled manifest. */
export async function prepareManifest(
  envName: string,
  vars: Vars,
  appPackageDir = APP_PACKAGE_DIR,
): Promise<{ manifest: Record<string, unknown>; text: string; icons: Record<"color" | "outline", string> }> {
  const template = readFileSync(path.join(appPackageDir, "manifest.json"), "utf8");
  const text = fillPlaceholders(template, vars, { envName, json: true });
  const manifest = JSON.parse(text) as Record<string, unknown>;
  const errors = await validateManifest(manifest);
  if (errors.length > 0) {
    throw new Error(
      `appPackage/manifest.json (env "${envName}") does not match the v${String(manifest.manifestVersion)} schema:\n  - ${errors.join("\n  - ")}`,
    );
  }
  const icons = manifest.icons as Record<"color" | "outline", string>;
  for (const kind of ["color", "outline"] as const) {
    const file = path.join(appPackageDir, icons[kind]);
    if (!existsSync(file)) throw new Error(`Icon ${icons[kind]} (${kind}) is missing in appPackage/.`);
    const { width, height } = readPngInfo(readFileSync(file));
    const size = ICON_SIZES[kind];
    if (width !== size || height !== size) {
      throw new Error(`Icon ${icons[kind]} must be ${size}×${size} pixels (it is ${width}×${height}).`);
    }
  }
  return { manifest, text, icons };
}

/** Builds <outDir>/appPackage.<env>.zip with manifest.json and the two icons at the root. */
export async function buildAppPackage(options: BuildOptions): Promise<BuildResult> {
  const appPackageDir = options.appPackageDir ?? APP_PACKAGE_DIR;
  const outDir = options.outDir ?? path.join(appPackageDir, "build");
  const { manifest, text, icons } = await prepareManifest(options.envName, options.vars, appPackageDir);
  const zip = new JSZip();
  // Fixed timestamps keep the zip byte-identical for identical inputs.
  const date = new Date(Date.UTC(2024, 0, 1));
  zip.file("manifest.json", text, { date });
  for (const icon of [icons.color, icons.outline]) {
    zip.file(icon, readFileSync(path.join(appPackageDir, icon)), { date });
  }
  const data = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
  mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${options.envName}.zip`);
  writeFileSync(zipPath, data);
  return { zipPath, size: data.length, manifest, files: ["manifest.json", icons.color, icons.outline] };
}
