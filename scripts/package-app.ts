// `npm run package` — builds appPackage/build/appPackage.<env>.zip for sideloading.
//   env: `--env <name>`, else TEAMSFX_ENV, else "local" (which has localhost defaults).
//   Values come from env/.env.<env> and env/.env.<env>.user; the process environment overrides.
// See scripts/app-package.ts for the steps.

import path from "node:path";
import { DEFAULT_ENV, MissingVariablesError, ROOT_DIR, buildAppPackage, loadEnvironment } from "./app-package";

function envFromArgs(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--env") return argv[i + 1];
    if (argv[i].startsWith("--env=")) return argv[i].slice("--env=".length);
  }
  return undefined;
}

async function main(): Promise<void> {
  const envName = envFromArgs(process.argv.slice(2)) || process.env.TEAMSFX_ENV?.trim() || DEFAULT_ENV;
  const { vars, filesRead } = loadEnvironment(envName, { processEnv: process.env });
  const { zipPath, size, manifest } = await buildAppPackage({ envName, vars });
  const rel = (p: string) => path.relative(ROOT_DIR, p) || p;
  const sources = ["process environment", ...filesRead.map(rel).reverse(), ...(envName === DEFAULT_ENV ? ["local defaults"] : [])];
  console.log(`${rel(zipPath)}  ${size} bytes`);
  console.log(`  manifest v${String(manifest.manifestVersion)}, env "${envName}", values from (first wins): ${sources.join(" > ")}`);
}

main().catch((error: unknown) => {
  const message = error instanceof MissingVariablesError || error instanceof Error ? error.message : String(error);
  console.error(`package-app: ${message}`);
  process.exitCode = 1;
});
