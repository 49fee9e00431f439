// `npm run bench`: the figures the issues ask for, printed as a table (and as JSON with --json).

import { benchRoundTrip } from "./bot-roundtrip";
import { benchStoreReplay } from "./store-replay";

const json = process.argv.includes("--json");
const ms = (value: number) => `${value.toFixed(2)} ms`;

const roundTrip = await benchRoundTrip();
const replay = await benchStoreReplay(100_000);

if (json) {
  console.log(JSON.stringify({ roundTrip, replay }, null, 2));
} else {
  console.log(`\n\`help\` round trip through /api/messages, ${roundTrip.iterations} sequential requests each`);
  console.log(`  quiet circles   p50 ${ms(roundTrip.quietCircles.p50)}   p99 ${ms(roundTrip.quietCircles.p99)}`);
  console.log(`  bare echo bot   p50 ${ms(roundTrip.echo.p50)}   p99 ${ms(roundTrip.echo.p99)}`);
  console.log(`  ratio           p50 ${roundTrip.ratio.p50.toFixed(2)}×     p99 ${roundTrip.ratio.p99.toFixed(2)}×`);
  console.log(`\nEmbedded store startup (replay + compaction), median of 3 opens`);
  console.log(`  ${replay.documents.toLocaleString("en")} documents, journal ${(replay.journalBytes / 1e6).toFixed(1)} MB: ${ms(replay.replayMs)}\n`);
}
