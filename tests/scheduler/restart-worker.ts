// Child process for restart.test.ts: a scheduler on the embedded store in argv[2], with its clock
// fixed at argv[3] and a lease of argv[4] ms, ticks once. The test's connector holds the post, so
// the process sits between "session claimed" and "posted" until the test kills it with SIGKILL.

import { openEmbeddedStore } from "../../shared/store/embedded-store";
import { testScheduler } from "./harness";

const [dir, nowIso, leaseMs] = process.argv.slice(2);
if (!dir || !nowIso || !leaseMs) throw new Error("usage: restart-worker <dir> <now ISO> <lease ms>");

const store = await openEmbeddedStore({ dir, logger: { warn: () => {}, info: () => {} } });
const scheduler = testScheduler(store, { now: () => new Date(nowIso), leaseMs: Number(leaseMs), instanceId: "doomed" });
process.stdout.write("ticking\n");
await scheduler.tick();
process.stdout.write("tick finished\n");
