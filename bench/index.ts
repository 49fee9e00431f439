// `npm run bench`: the figures the issues ask for, printed as a table (and as JSON with --json).

import { benchRoundTrip } from "./bot-roundtrip";
import { benchStoreReplay } from "./store-replay";
import { benchScheduler, type SchedulerBenchResult } from "./scheduler";

const json = process.argv.includes("--json");
const ms = (value: number) => `${value.toFixed(2)} ms`;

const roundTrip = await benchRoundTrip();
const replay = await benchStoreReplay(100_000);
const scheduler = await benchScheduler(10_000);
// The same with the scheduler assuming 50/s per tenant against a connector that allows 30/s: throttled, it must recover.
const throttled = await benchScheduler(600, { tenants: 1, clientTenantPerSecond: 50 });

function schedulerLines(title: string, r: SchedulerBenchResult): string[] {
  return [
    `\n${title}`,
    `  ${r.circles.toLocaleString("en")} circles in ${r.tenants} tenant(s), due in the same minute; scheduler assumes ${r.clientTenantPerSecond}/s per tenant, connector enforces 30/s (opener: ${r.opener})`,
    `  all posted after   ${r.allPostedMs === null ? `not within the deadline (${r.posted} posted)` : `${(r.allPostedMs / 1000).toFixed(1)} s (${r.postsPerSecond.toFixed(0)} per second)`}`,
    `  CPU per reminder   ${ms(r.cpuMsPerPost)}`,
    `  peak RSS           ${r.peakRssMb.toFixed(0)} MB`,
    `  429s / retries     ${r.tooManyRequests} / ${r.retries}`,
    `  duplicates         ${r.duplicates}`,
    `  startup sync       ${ms(r.startupSyncMs)} for all circles, ${r.startupSyncBytes} bytes written`,
  ];
}

if (json) {
  console.log(JSON.stringify({ roundTrip, replay, scheduler, throttled }, null, 2));
} else {
  console.log(`\n\`help\` round trip through /api/messages, ${roundTrip.iterations} sequential requests each`);
  console.log(`  quiet circles   p50 ${ms(roundTrip.quietCircles.p50)}   p99 ${ms(roundTrip.quietCircles.p99)}`);
  console.log(`  bare echo bot   p50 ${ms(roundTrip.echo.p50)}   p99 ${ms(roundTrip.echo.p99)}`);
  console.log(`  ratio           p50 ${roundTrip.ratio.p50.toFixed(2)}×     p99 ${roundTrip.ratio.p99.toFixed(2)}×`);
  console.log(`\nEmbedded store startup (replay + compaction), median of 3 opens`);
  console.log(`  ${replay.documents.toLocaleString("en")} documents, journal ${(replay.journalBytes / 1e6).toFixed(1)} MB: ${ms(replay.replayMs)}`);
  console.log(schedulerLines("Scheduler burst: one instance, embedded store, Teams-like rate limits at the connector", scheduler).join("\n"));
  console.log(`${schedulerLines("Scheduler throttled: optimistic client limits, the connector answers 429 + Retry-After", throttled).join("\n")}\n`);
}
