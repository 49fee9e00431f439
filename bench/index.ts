// `npm run bench`: the figures the issues ask for, printed as a table (and as JSON with --json).

import { benchRoundTrip } from "./bot-roundtrip";
import { benchGames, type GameTotals, type GamesBenchResult } from "./games";
import { benchLoad, type LoadBenchResult } from "./load";
import { benchStoreReplay } from "./store-replay";
import { benchScheduler, type SchedulerBenchResult } from "./scheduler";
import { benchTabApi, tabApiLines } from "./tab-api";

const json = process.argv.includes("--json");
const ms = (value: number) => `${value.toFixed(2)} ms`;

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

function gamesLines(r: GamesBenchResult): string[] {
  const x = (value: number) => `${value.toFixed(2)}×`;
  const group = (label: string, t: Omit<GameTotals, "plays">) => [
    `  ${label.padEnd(30)} quiet circles   p50 ${ms(t.ours.p50).padStart(11)}   p99 ${ms(t.ours.p99).padStart(11)}   ${t.movesPerSecond.toFixed(0).padStart(5)} moves/s`,
    `  ${"".padEnd(30)} bare echo bot   p50 ${ms(t.echo.p50).padStart(11)}   p99 ${ms(t.echo.p99).padStart(11)}   ${t.echo.perSecond.toFixed(0).padStart(5)} requests/s`,
    `  ${"".padEnd(30)} ratio           p50 ${x(t.ratio.p50).padStart(11)}   p99 ${x(t.ratio.p99).padStart(11)}`,
  ];
  const waves = (game: string) =>
    r.waves
      .filter((w) => w.game === game)
      .map((w) => `${w.wave}: ${w.ours.p50.toFixed(0)}/${w.ours.p99.toFixed(0)} ms, ${w.movesPerSecond.toFixed(0)}/s (echo ${w.echo.p50.toFixed(0)}/${w.echo.p99.toFixed(0)} ms)`)
      .join("; ");
  return [
    `\nGame moves: ${r.players} players at once in one session, adaptiveCard/action invokes through /api/messages (local mode, embedded store), the bare echo bot answering the same invokes in the same run`,
    ...group(`Daily Trivia, ${r.trivia.moves / r.players} waves × ${r.players}`, r.trivia),
    ...group(`Wordl6, ${r.wordl6.moves / r.players} waves × ${r.players}`, r.wordl6),
    ...group(`all ${r.all.moves.toLocaleString("en")} moves`, r.all),
    `  per wave, p50/p99   trivia ${waves("daily-trivia")}`,
    `                      wordl6 ${waves("wordl6")}`,
    `  errors ${r.all.errors} (echo ${r.all.echoErrors})   lost moves ${r.all.lost} (acknowledged with 200 and lost: ${r.all.lostAcknowledged})   double counts ${r.all.doubleCounted}   stale re-sends applied ${r.staleResend.applied} of ${r.staleResend.sent}   shared-card updates ${r.sharedCardUpdates}`,
    ...Object.entries(r.all.errorKinds).map(([kind, count]) => `    ${count}× ${kind.replace(/\s+/g, " ")}`),
    `  goal p99 under ${r.goal.p99Ms} ms: ${r.goal.p99Met ? "met" : "NOT met"} (${ms(r.all.ours.p99)});  p99 under ${r.goal.ratio}× the echo bot: ${r.goal.ratioMet ? "met" : "NOT met"} (${x(r.all.ratio.p99)})`,
    `  ${r.cpus} CPUs, load average ${r.loadAverage.before.toFixed(2)} before, ${r.loadAverage.after.toFixed(2)} after; ${(r.totalMs / 1000).toFixed(1)} s`,
  ];
}

function loadLines(r: LoadBenchResult): string[] {
  const [first, second] = r.windows;
  const window = (label: string, w: LoadBenchResult["windows"][number]) => [
    `  ${label}: ${w.requests.toLocaleString("en")} requests in ${w.seconds.toFixed(0)} s = ${w.perSecond.toFixed(0)}/s, p50 ${ms(w.p50)}, p99 ${ms(w.p99)}, errors ${w.errors}, server RSS ${w.rssMb.toFixed(0)} MB`,
    ...Object.entries(w.kinds).map(([kind, k]) => `    ${kind.padEnd(36)} ${String(k.requests).padStart(6)}   p50 ${ms(k.p50).padStart(11)}   p99 ${ms(k.p99).padStart(11)}   errors ${k.errors}`),
  ];
  return [
    `\nMixed load on loopback: ${r.people} people in ${r.circles} circles, ${r.concurrency} requests in flight (the server in its own process, local mode, embedded store)`,
    ...window("minute 1", first!),
    ...window("minute 2", second!),
    `  memory: RSS ${first!.rssMb.toFixed(0)} MB after minute 1, ${second!.rssMb.toFixed(0)} MB after minute 2 (${r.rssGrowthPercent >= 0 ? "+" : ""}${r.rssGrowthPercent.toFixed(1)}%; goal within 10%: ${Math.abs(r.rssGrowthPercent) <= 10 ? "met" : "NOT met"})`,
    ...r.errorSamples.map((e) => `    error: ${e}`),
  ];
}

/** As text, each section is printed as soon as it is measured (a later failure keeps the earlier figures). */
const print = (lines: string[]) => {
  if (!json) console.log(lines.join("\n"));
};

const roundTrip = await benchRoundTrip();
print([
  `\n\`help\` round trip through /api/messages, ${roundTrip.iterations} sequential requests each`,
  `  quiet circles   p50 ${ms(roundTrip.quietCircles.p50)}   p99 ${ms(roundTrip.quietCircles.p99)}`,
  `  bare echo bot   p50 ${ms(roundTrip.echo.p50)}   p99 ${ms(roundTrip.echo.p99)}`,
  `  ratio           p50 ${roundTrip.ratio.p50.toFixed(2)}×     p99 ${roundTrip.ratio.p99.toFixed(2)}×`,
]);
const games = await benchGames();
print(gamesLines(games));
const replay = await benchStoreReplay(100_000);
print([
  `\nEmbedded store startup (replay + compaction), median of 3 opens`,
  `  ${replay.documents.toLocaleString("en")} documents, journal ${(replay.journalBytes / 1e6).toFixed(1)} MB: ${ms(replay.replayMs)}`,
]);
const scheduler = await benchScheduler(10_000);
print(schedulerLines("Scheduler burst: one instance, embedded store, Teams-like rate limits at the connector", scheduler));
// The same with the scheduler assuming 50/s per tenant against a connector that allows 30/s: throttled, it must recover.
const throttled = await benchScheduler(600, { tenants: 1, clientTenantPerSecond: 50 });
print([...schedulerLines("Scheduler throttled: optimistic client limits, the connector answers 429 + Retry-After", throttled), ""]);

const load = await benchLoad();
print([...loadLines(load), ""]);

const tab = await benchTabApi();
print([...tabApiLines(tab), ""]);

if (json) console.log(JSON.stringify({ roundTrip, games, replay, scheduler, throttled, load, tab }, null, 2));
