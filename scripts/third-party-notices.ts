// The source packages of the build scripts (scripts/build-*.ts) and their sections of
// THIRD_PARTY_NOTICES.md: each script writes the sections of the packages it reads, between
// `<!-- begin: NAME -->` and `<!-- end: NAME -->`, and leaves every other section alone.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const NOTICES = path.join(ROOT, "THIRD_PARTY_NOTICES.md");

export interface Source {
  name: string;
  dir: string;
  version: string;
  license: string;
  /** What we take from the package. */
  use: string;
  /** The licence text we must reproduce, from the package's own files. */
  notice: string;
}

export function source(
  name: string,
  { use, noticeFile, licenseNote = "", trimNotice = (t) => t }: { use: string; noticeFile: string; licenseNote?: string; trimNotice?: (text: string) => string },
): Source {
  const dir = path.join(ROOT, "node_modules", name);
  const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string; license: string };
  const license = licenseNote ? `${manifest.license} (${licenseNote})` : manifest.license;
  return { name, dir, version: manifest.version, license, use, notice: trimNotice(readFileSync(path.join(dir, noticeFile), "utf8")).trim() };
}

const NOTICES_HEADER = `# Third-party notices

Quiet Circles ships data and code from the packages below. Each section names the package and
version, its licence, what we use from it, and the licence text or notice it asks us to keep.
Sections marked \`<!-- begin: NAME -->\` … \`<!-- end: NAME -->\` are written by a build script;
edit the script, not the section.
`;

/** Writes (or replaces) one package's section of THIRD_PARTY_NOTICES.md, leaving the others alone. */
export function writeNotice(pkg: Source, script: string): void {
  const section = [
    `<!-- begin: ${pkg.name} -->`,
    `## ${pkg.name} ${pkg.version}`,
    "",
    `- Package: [${pkg.name}](https://www.npmjs.com/package/${pkg.name}), version ${pkg.version}`,
    `- License: ${pkg.license}`,
    `- What we use: ${pkg.use}`,
    `- Section written by: \`${script}\``,
    "",
    "```text",
    pkg.notice,
    "```",
    `<!-- end: ${pkg.name} -->`,
  ].join("\n");
  const current = existsSync(NOTICES) ? readFileSync(NOTICES, "utf8") : NOTICES_HEADER;
  const name = pkg.name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const pattern = new RegExp(`<!-- begin: ${name} -->[\\s\\S]*?<!-- end: ${name} -->`);
  const next = pattern.test(current) ? current.replace(pattern, () => section) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(NOTICES, next);
}
