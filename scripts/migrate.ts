// `npm run migrate -- --to <target> [--from <dir>]` — copies the embedded store's data directory
// (default: DATA_DIR, else ./.data) into MongoDB (`--to mongodb://…` or `mongodb+srv://…`) or
// into another data directory (`--to ./other-dir`). Stop the server first: the data directory is
// locked while it runs. Safe to run again: documents are matched by id, nothing is duplicated.

import path from "node:path";
import { loadConfig } from "../bot/config";
import { openEmbeddedStore, openMongoStore, type Store } from "../shared/store";
import { migrateStore } from "../shared/store/migrate";

const USAGE = "usage: npm run migrate -- --to <mongodb://…|mongodb+srv://…|data directory> [--from <data directory>]";

function option(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes("=") ? argv[i].slice(argv[i].indexOf("=") + 1) : argv[i + 1];
}

const quiet = { info: () => undefined, warn: (obj: object, msg: string) => console.warn(`warning: ${msg}`, obj) };
/** A MongoDB URI without its password, for messages. */
const shown = (target: string) => target.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const to = option(argv, "to")?.trim();
  if (!to) throw new Error(USAGE);
  const from = path.resolve(option(argv, "from")?.trim() || loadConfig(process.env).dataDir);
  const toMongo = /^mongodb(\+srv)?:\/\//.test(to);
  if (!toMongo && path.resolve(to) === from) throw new Error("--to names the same data directory as --from");

  const source = await openEmbeddedStore({ dir: from, logger: quiet });
  let target: Store | undefined;
  try {
    target = toMongo ? await openMongoStore(to, undefined, quiet) : await openEmbeddedStore({ dir: path.resolve(to), logger: quiet });
    console.log(`Copying ${from} → ${toMongo ? shown(to) : path.resolve(to)}`);
    const reports = await migrateStore(source, target, (r) =>
      console.log(`  ${r.collection.padEnd(18)} ${String(r.source).padStart(8)} documents: ${r.written} written, ${r.unchanged} already there`),
    );
    const total = reports.reduce((n, r) => n + r.source, 0);
    console.log(`Done: ${total} documents in ${reports.length} collections, each checked in the target.`);
  } finally {
    await target?.close();
    await source.close();
  }
}

main().catch((error: unknown) => {
  console.error(`migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
