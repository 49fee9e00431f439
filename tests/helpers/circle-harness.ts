// The setup the integration suites share, as vitest hooks: one fake Bot Connector for the file
// and, for every test, a fresh server (empty store) on a clock the test moves by hand, with the
// bot installed in the suite's conversation. Also the moves most suites make: say something,
// press a button, open a round.

import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import * as A from "./activities";
import { expectValidCard } from "./cards";
import { clockAt, type TestClock } from "./clock";
import { cardsOf, fakeConnector, type FakeConnector, type Member } from "./connector";
import { startTestServer, type TestServer } from "./server";

/**
 * One connector for the whole test file, listening from its beforeAll to its afterAll. Each test
 * starts with nothing sent or updated and no `respond` hook; members stay as the tests set them.
 */
export function useFakeConnector(): FakeConnector {
  const { connector, listen } = fakeConnector();
  beforeAll(listen);
  afterAll(() => connector.close());
  beforeEach(() => {
    connector.sent.length = 0;
    connector.updated.length = 0;
    connector.respond = undefined;
  });
  return connector;
}

export interface OtherInstall {
  where: A.Where;
  by: A.Person;
  /** Its members as Teams lists them; left as they are when not given. */
  members?: Member[];
}

export interface CircleOptions {
  /** The conversation the suite plays in. */
  where: A.Where;
  /** Who is in it, as Teams lists them (a channel's members are its team's). */
  members: Member[];
  /** Who installs the bot; the first member unless told. */
  installedBy?: A.Person;
  /** The time zone Teams reports on the install activity (`localTimezone`); left out unless told. */
  localTimezone?: string;
  /** The clock at the start of every test. */
  startAt: Date;
  /** false: no ritual scheduler. Otherwise one whose timer waits an hour, so tests tick it by hand. */
  scheduler?: false;
  /** More conversations the bot is installed in (after `where`, without a time zone) before every test. */
  alsoInstalled?: OtherInstall[];
  /** The suite calls `start` itself (from a describe's beforeEach) instead of before every test. */
  startManually?: boolean;
}

export interface CircleHarness {
  /** The fake connector: what the bot sent and updated, the members it is told. */
  connector: FakeConnector;
  /** The server of the test that is running: a fresh one, with an empty store, for every test. */
  server: TestServer;
  /** The server's clock, set to `startAt` before every test. */
  clock: TestClock;
  /** Starts the test's server and installs the bot; `members` replaces the suite's. Only with `startManually`. */
  start(members?: Member[]): Promise<void>;
  /** Replaces the test's server by a fresh one (empty store, nothing installed) started with `env`. */
  restartServer(env: Record<string, string>): Promise<void>;
  /** `who` sends `text` (in `where` unless told); resolves with the texts the bot sent, one a line. */
  say(who: A.Person, text: string, at?: A.Where): Promise<string>;
  /** `who` presses an Action.Execute button of a card (in `where` unless told); resolves with the invoke response. */
  press(who: A.Person, verb: string, data?: Record<string, unknown>, at?: A.Where): ReturnType<TestServer["press"]>;
  /** `by` types `command` and is told `opened`; the scheduler posts the round's shared card, which resolves, checked. */
  openRound(by: A.Person, command: string, opened: string, at?: A.Where): Promise<Record<string, unknown>>;
}

/** Registers the hooks of a suite played in one circle (see CircleOptions) and returns its handles. */
export function circleHarness(options: CircleOptions): CircleHarness {
  const { where } = options;
  const connector = useFakeConnector();
  const clock = clockAt(options.startAt);
  const serverOptions = { now: clock.now, scheduler: options.scheduler ?? { tickMs: 3_600_000 } };
  let running: TestServer | undefined;
  const server = new Proxy({} as TestServer, {
    get(_, key) {
      if (!running) throw new Error("The test server runs only while a test runs.");
      const value = Reflect.get(running, key);
      return typeof value === "function" ? value.bind(running) : value;
    },
  });
  const membersOf = (at: A.Where) => at.teamId ?? at.conversationId;

  async function start(members = options.members) {
    connector.members.set(membersOf(where), members);
    for (const other of options.alsoInstalled ?? []) if (other.members) connector.members.set(membersOf(other.where), other.members);
    clock.set(options.startAt);
    running = await startTestServer({}, serverOptions);
    await running.post({ ...A.installed(where, options.installedBy ?? members[0]!, connector.url), localTimezone: options.localTimezone });
    for (const other of options.alsoInstalled ?? []) await running.post(A.installed(other.where, other.by, connector.url));
    connector.sent.length = 0;
  }

  async function say(who: A.Person, text: string, at = where) {
    connector.sent.length = 0;
    await server.post(A.message(at, who, text, connector.url));
    return connector.sent
      .filter((s) => s.activity.text)
      .map((s) => s.activity.text)
      .join("\n");
  }

  if (!options.startManually) beforeEach(() => start());
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });

  return {
    connector,
    server,
    clock,
    start,
    async restartServer(env) {
      await running?.close();
      running = undefined;
      running = await startTestServer(env, serverOptions);
    },
    say,
    press: (who, verb, data = {}, at = where) => server.press(at, who, verb, data, connector.url),
    async openRound(by, command, opened, at = where) {
      expect(await say(by, command, at)).toBe(opened);
      await server.scheduler!.tick(clock.now());
      const [card] = cardsOf(connector.sent.filter((s) => s.conversationId.startsWith(at.conversationId)));
      expectValidCard(card!);
      return card!;
    },
  };
}
