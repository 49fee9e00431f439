// 200 players moving at the same moment in one game session, through /api/messages (the real
// server, local mode, embedded store in a temporary directory, a local fake connector with 200
// members), next to the bare botbuilder echo bot of bench/bot-roundtrip.ts answering the very same
// invoke activities in the same run, wave for wave.
//
// Daily Trivia: all 200 answer question 1 at once, then question 2, … (5 waves). Wordl6: all 200
// guess at once, 3 waves (valid words other than the answer). Every move is an
// `adaptiveCard/action` invoke (Action.Execute), timed from send to the end of the HTTP response;
// players do not press Play first, so the first move creates their play (the insert path).
// Each wave is followed (or, every other wave, preceded) by the same 200 activities sent to the
// echo bot, so both see the same machine conditions. A full unmeasured pass on two other circles
// warms both servers up first. The requests are sent and timed by a load generator in a process
// of its own (as Teams' requests come from elsewhere), so the servers' event loop does server work
// only; `inlineClient` sends them from this process instead, as bench/bot-roundtrip.ts does.
//
// Afterwards the store is checked: every player's play has exactly the expected moves (none lost,
// none counted twice), and a concurrent re-send of trivia's first wave (200 double taps of an old
// card) must change nothing.

import { fork, type ChildProcess } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { wordList } from "../shared/games/wordl6/words";
import type { Wordl6Round, Wordl6State } from "../shared/games/wordl6/rules";
import type { TriviaRound, TriviaState } from "../shared/games/trivia/rules";
import type { Play } from "../shared/games/types";
import type { Session } from "../shared/sessions/types";
import * as A from "../tests/helpers/activities";
import { startFakeConnector, type FakeConnector } from "../tests/helpers/connector";
import { startTestServer, type TestServer } from "../tests/helpers/server";
import { startEchoBot, timeConcurrent, type TimedPost } from "./bot-roundtrip";
import { percentile } from "./stats";

const CARD = "application/vnd.microsoft.card.adaptive";
const TRIVIA_WAVES = 5;
const WORDL6_WAVES = 3;
/** Thursday 26 November 2026, 10:00 in Amsterdam: both rounds are open all through the run. */
const CLOCK = new Date("2026-11-26T09:00:00Z");
const LOCAL_DATE = "2026-11-26";
const LOAD_FLAG = "--games-bench-load";
export const GOAL = { p99Ms: 50, ratio: 3 };

export interface Latency {
  p50: number;
  p99: number;
  max: number;
}

export interface WaveResult {
  game: "daily-trivia" | "wordl6";
  wave: number;
  moves: number;
  /** First send to last response. */
  wallMs: number;
  movesPerSecond: number;
  ours: Latency;
  echo: Latency & { wallMs: number; perSecond: number };
  errors: number;
  echoErrors: number;
}

export interface GameTotals {
  moves: number;
  movesPerSecond: number;
  ours: Latency;
  echo: Latency & { perSecond: number };
  ratio: { p50: number; p99: number };
  errors: number;
  echoErrors: number;
  /** What the failed answers were: "<server>: <HTTP status> <start of the body>" → count (status 0: no HTTP answer). */
  errorKinds: Record<string, number>;
  /** Moves sent but not in the player's play document (after a failed move, that player's later moves are stale and count here too). */
  lost: number;
  /** Of those, moves the server answered with 200 and a card while every earlier move of that player had succeeded: must be 0. */
  lostAcknowledged: number;
  /** Moves applied more than once (or a play holding moves nobody sent). */
  doubleCounted: number;
  plays: number;
}

export interface GamesBenchResult {
  players: number;
  /** Requests in flight at once per wave. */
  concurrency: number;
  trivia: GameTotals;
  wordl6: GameTotals;
  all: Omit<GameTotals, "plays">;
  waves: WaveResult[];
  /** Trivia's first wave sent again at once after the round: double taps on an old card. */
  staleResend: { sent: number; applied: number; errors: number };
  /** Shared-card updates the server sent to the connector during the measured run (coalesced). */
  sharedCardUpdates: number;
  goal: { p99Ms: number; ratio: number; p99Met: boolean; ratioMet: boolean };
  /** The machine's 1-minute load average before and after (other work on it shows here). */
  loadAverage: { before: number; after: number };
  cpus: number;
  totalMs: number;
}

const person = (n: number): A.Person => ({
  id: `29:player-${n}`,
  name: `Player ${String(n).padStart(3, "0")}`,
  aadObjectId: `00000000-0000-0000-0000-${String(n).padStart(12, "0")}`,
});

const latency = (values: number[]): Latency => ({ p50: percentile(values, 50), p99: percentile(values, 99), max: Math.max(...values) });

/** A move's answer is fine when it is HTTP 200 with an adaptive card for the player's view. */
function failed(post: TimedPost): boolean {
  if (post.status !== 200) return true;
  try {
    const body = JSON.parse(post.body) as { statusCode?: number; type?: string; value?: unknown };
    return (body.statusCode ?? 200) !== 200 || body.type !== CARD || typeof body.value !== "object" || body.value === null;
  } catch {
    return true;
  }
}

function errorKinds(ours: TimedPost[], echo: TimedPost[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const [who, posts] of [["quiet circles", ours], ["echo", echo]] as const) {
    for (const post of posts.filter(failed)) {
      const kind = `${who}: ${post.status} ${post.body.slice(0, 120)}`;
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    }
  }
  return kinds;
}

interface Wave {
  result: TimedPost[];
  /** First send to last response. */
  wallMs: number;
}

async function runWave(url: string, activities: unknown[]): Promise<Wave> {
  const started = performance.now();
  const result = await timeConcurrent(url, activities);
  return { result, wallMs: performance.now() - started };
}

interface LoadGenerator {
  wave(url: string, activities: unknown[]): Promise<Wave>;
  close(): void;
}

/** Runs this file in a child process that sends each wave it is given and answers with the timings. */
async function startLoadGenerator(): Promise<LoadGenerator> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [LOAD_FLAG], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const waiting = new Map<number, { resolve(wave: Wave): void; reject(error: Error): void }>();
  let next = 0;
  let failure: Error | null = null;
  child.once("exit", (code) => {
    failure = new Error(`the load generator exited (${code})`);
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", () => reject(failure));
  });
  child.on("message", (message: { id: number; wave: Wave }) => {
    waiting.get(message.id)?.resolve(message.wave);
    waiting.delete(message.id);
  });
  return {
    wave: (url, activities) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        const id = next++;
        waiting.set(id, { resolve, reject });
        child.send({ id, url, activities });
      }),
    close: () => {
      child.removeAllListeners("exit");
      child.disconnect();
    },
  };
}

function runLoadGenerator(): void {
  process.on("message", async (message: { id: number; url: string; activities: unknown[] }) => {
    process.send!({ id: message.id, wave: await runWave(message.url, message.activities) });
  });
  process.on("disconnect", () => process.exit(0));
  process.send!("ready");
}

interface Table {
  where: A.Where;
  sessionId: string;
}

/** Opens a game in a fresh circle as a person would: install, `trivia`/`wordl6`, the scheduler's tick posts it. */
async function openGame(server: TestServer, connector: FakeConnector, where: A.Where, players: A.Person[], command: "trivia" | "wordl6"): Promise<Table> {
  connector.members.set(where.teamId ?? where.conversationId, players);
  await server.post({ ...A.installed(where, players[0], connector.url), localTimezone: "Europe/Amsterdam" });
  const open = await server.post(A.message(where, players[1], command, connector.url));
  if (open.status !== 200) throw new Error(`\`${command}\` answered ${open.status}`);
  await server.scheduler!.tick(CLOCK);
  const sessionId = `${where.conversationId}|${command === "trivia" ? "daily-trivia" : "wordl6"}|${LOCAL_DATE}`;
  const session = await server.store.collection<Session>("sessions").findOne({ _id: sessionId });
  if (!session?.data.round || !session.activityId) throw new Error(`${command}: the session ${sessionId} was not opened and posted`);
  return { where, sessionId };
}

async function roundOf<R>(server: TestServer, table: Table): Promise<R> {
  return (await server.store.collection<Session>("sessions").findOne({ _id: table.sessionId }))!.data.round as R;
}

/** The waves of moves for a game: activities per wave, and what each player's play must hold afterwards. */
interface Plan {
  game: "daily-trivia" | "wordl6";
  table: Table;
  waves: unknown[][];
  /** Which of the player's moves (by wave) the play holds, and how many it holds beyond them. */
  check(play: Play): { kept: boolean[]; doubled: number };
}

function triviaPlan(table: Table, round: TriviaRound, players: A.Person[], serviceUrl: string): Plan {
  // Player i answers question k right when (i + k) is even: a mix of right and wrong answers.
  const choiceOf = (i: number, k: number) => ((i + k) % 2 === 0 ? round.questions[k].answer : (round.questions[k].answer + 1) % 4);
  const waves = Array.from({ length: TRIVIA_WAVES }, (_, k) =>
    players.map((p, i) =>
      A.cardAction(table.where, p, "trivia.move", { circleId: table.where.conversationId, sessionId: table.sessionId, step: k, questionId: round.questions[k].id, choice: choiceOf(i, k) }, serviceUrl),
    ),
  );
  return {
    game: "daily-trivia",
    table,
    waves,
    check(play) {
      const i = players.findIndex((p) => p.id === play.playerId);
      const answers = (play.state as TriviaState).answers;
      const expected = round.questions.slice(0, TRIVIA_WAVES).map((q, k) => ({ questionId: q.id, choice: choiceOf(i, k) }));
      const kept = expected.map((e, k) => answers[k]?.questionId === e.questionId && answers[k]?.choice === e.choice);
      const score = expected.filter((e, k) => e.choice === round.questions[k].answer).length;
      const extra = Math.max(0, answers.length - TRIVIA_WAVES, play.step - TRIVIA_WAVES);
      return { kept, doubled: extra > 0 ? extra : kept.every(Boolean) && play.score !== score ? 1 : 0 };
    },
  };
}

function wordl6Plan(table: Table, round: Wordl6Round, players: A.Person[], serviceUrl: string): Plan {
  const words = wordList("en").guesses.filter((w) => w !== round.answer);
  // Spread over the list so players guess different words; none is the answer, so nobody finishes.
  const wordOf = (i: number, k: number) => words[((i * WORDL6_WAVES + k) * 7) % words.length];
  const waves = Array.from({ length: WORDL6_WAVES }, (_, k) =>
    players.map((p, i) => A.cardAction(table.where, p, "wordl6.move", { circleId: table.where.conversationId, sessionId: table.sessionId, step: k, guess: wordOf(i, k) }, serviceUrl)),
  );
  return {
    game: "wordl6",
    table,
    waves,
    check(play) {
      const i = players.findIndex((p) => p.id === play.playerId);
      const guesses = (play.state as Wordl6State).guesses;
      const kept = Array.from({ length: WORDL6_WAVES }, (_, k) => guesses[k]?.word === wordOf(i, k));
      return { kept, doubled: Math.max(0, guesses.length - WORDL6_WAVES, play.step - WORDL6_WAVES) };
    },
  };
}

async function plansFor(server: TestServer, connector: FakeConnector, n: number, players: A.Person[]): Promise<Plan[]> {
  const trivia = await openGame(server, connector, A.groupChat(n), players, "trivia");
  const wordl6 = await openGame(server, connector, A.channel(n), players, "wordl6");
  return [
    triviaPlan(trivia, await roundOf<TriviaRound>(server, trivia), players, connector.url),
    wordl6Plan(wordl6, await roundOf<Wordl6Round>(server, wordl6), players, connector.url),
  ];
}

export interface GamesBenchOptions {
  players?: number;
  /** Send the requests from this process (sharing its event loop with both servers). */
  inlineClient?: boolean;
}

export async function benchGames(options: GamesBenchOptions = {}): Promise<GamesBenchResult> {
  const started = performance.now();
  const loadBefore = os.loadavg()[0];
  const playerCount = options.players ?? 200;
  const players = Array.from({ length: playerCount }, (_, i) => person(i));
  const connector = await startFakeConnector();
  connector.pageSize = 100;
  const server = await startTestServer({}, { now: () => CLOCK, scheduler: { tickMs: 3_600_000 } });
  const echo = await startEchoBot();
  const load: LoadGenerator = options.inlineClient ? { wave: runWave, close: () => undefined } : await startLoadGenerator();
  try {
    // Warm-up: the same waves on two other circles, unmeasured, on both servers.
    for (const plan of await plansFor(server, connector, 2, players)) {
      for (const wave of plan.waves) {
        await load.wave(server.url, wave);
        await load.wave(echo.url, wave);
      }
    }
    const plans = await plansFor(server, connector, 1, players);
    const updatesBefore = connector.updated.length;

    const waves: WaveResult[] = [];
    const posts = { ours: new Map<string, TimedPost[]>(), echo: new Map<string, TimedPost[]>() };
    for (const plan of plans) {
      posts.ours.set(plan.game, []);
      posts.echo.set(plan.game, []);
      for (const [index, wave] of plan.waves.entries()) {
        // Alternate who goes first, so neither always runs right after the other's wave.
        let ours: Wave;
        let theirs: Wave;
        if (waves.length % 2 === 0) {
          ours = await load.wave(server.url, wave);
          theirs = await load.wave(echo.url, wave);
        } else {
          theirs = await load.wave(echo.url, wave);
          ours = await load.wave(server.url, wave);
        }
        posts.ours.get(plan.game)!.push(...ours.result);
        posts.echo.get(plan.game)!.push(...theirs.result);
        const echoLatency = latency(theirs.result.map((p) => p.ms));
        waves.push({
          game: plan.game,
          wave: index + 1,
          moves: wave.length,
          wallMs: ours.wallMs,
          movesPerSecond: wave.length / (ours.wallMs / 1000),
          ours: latency(ours.result.map((p) => p.ms)),
          echo: { ...echoLatency, wallMs: theirs.wallMs, perSecond: wave.length / (theirs.wallMs / 1000) },
          errors: ours.result.filter(failed).length,
          echoErrors: theirs.result.filter(failed).length,
        });
      }
    }

    // What the store holds: every move once.
    const totals = new Map<string, GameTotals>();
    for (const plan of plans) {
      const plays = await server.store.collection<Play>("plays").find({ sessionId: plan.table.sessionId });
      const playOf = new Map(plays.map((play) => [play.playerId, play]));
      const ours = posts.ours.get(plan.game)!;
      let lost = 0;
      let lostAcknowledged = 0;
      let doubleCounted = plays.filter((play) => !players.some((p) => p.id === play.playerId)).length;
      for (const [i, player] of players.entries()) {
        const play = playOf.get(player.id);
        const { kept, doubled } = play ? plan.check(play) : { kept: plan.waves.map(() => false), doubled: 0 };
        doubleCounted += doubled;
        // The player's move in wave k is ours[k * players + i]; after a failed one, the later ones are stale by design.
        let earlierFailed = false;
        for (const [k, applied] of kept.entries()) {
          const post = ours[k * players.length + i]!;
          if (!applied) {
            lost++;
            if (!earlierFailed && !failed(post)) lostAcknowledged++;
          }
          earlierFailed ||= failed(post);
        }
      }
      const theirs = posts.echo.get(plan.game)!;
      const gameWaves = waves.filter((w) => w.game === plan.game);
      const q = latency(ours.map((p) => p.ms));
      const e = latency(theirs.map((p) => p.ms));
      totals.set(plan.game, {
        moves: ours.length,
        movesPerSecond: ours.length / (gameWaves.reduce((sum, w) => sum + w.wallMs, 0) / 1000),
        ours: q,
        echo: { ...e, perSecond: theirs.length / (gameWaves.reduce((sum, w) => sum + w.echo.wallMs, 0) / 1000) },
        ratio: { p50: q.p50 / e.p50, p99: q.p99 / e.p99 },
        errors: ours.filter(failed).length,
        echoErrors: theirs.filter(failed).length,
        errorKinds: errorKinds(ours, theirs),
        lost,
        lostAcknowledged,
        doubleCounted,
        plays: plays.length,
      });
    }
    const sharedCardUpdates = connector.updated.length - updatesBefore;

    // Double taps: trivia's first wave again, all at once, after every player is done.
    const trivia = plans[0];
    const stepsBefore = (await server.store.collection<Play>("plays").find({ sessionId: trivia.table.sessionId })).reduce((sum, p) => sum + p.step, 0);
    const resend = (await load.wave(server.url, trivia.waves[0])).result;
    const stepsAfter = (await server.store.collection<Play>("plays").find({ sessionId: trivia.table.sessionId })).reduce((sum, p) => sum + p.step, 0);

    const t = totals.get("daily-trivia")!;
    const w = totals.get("wordl6")!;
    const allOurs = [...posts.ours.values()].flat();
    const allEcho = [...posts.echo.values()].flat();
    const q = latency(allOurs.map((p) => p.ms));
    const e = latency(allEcho.map((p) => p.ms));
    const all = {
      moves: allOurs.length,
      movesPerSecond: allOurs.length / (waves.reduce((sum, x) => sum + x.wallMs, 0) / 1000),
      ours: q,
      echo: { ...e, perSecond: allEcho.length / (waves.reduce((sum, x) => sum + x.echo.wallMs, 0) / 1000) },
      ratio: { p50: q.p50 / e.p50, p99: q.p99 / e.p99 },
      errors: t.errors + w.errors,
      echoErrors: t.echoErrors + w.echoErrors,
      errorKinds: errorKinds(allOurs, allEcho),
      lost: t.lost + w.lost,
      lostAcknowledged: t.lostAcknowledged + w.lostAcknowledged,
      doubleCounted: t.doubleCounted + w.doubleCounted,
    };
    return {
      players: playerCount,
      concurrency: playerCount,
      trivia: t,
      wordl6: w,
      all,
      waves,
      staleResend: { sent: resend.length, applied: stepsAfter - stepsBefore, errors: resend.filter(failed).length },
      sharedCardUpdates,
      goal: { ...GOAL, p99Met: q.p99 < GOAL.p99Ms, ratioMet: q.p99 / e.p99 < GOAL.ratio },
      loadAverage: { before: loadBefore, after: os.loadavg()[0] },
      cpus: os.cpus().length,
      totalMs: performance.now() - started,
    };
  } finally {
    load.close();
    await echo.close();
    await server.close();
    await connector.close();
  }
}

if (process.argv[2] === LOAD_FLAG) runLoadGenerator();
