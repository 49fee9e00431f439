// A circle's data as one JSON document, produced piece by piece: the circle and its settings,
// every session, the shoutouts of its wall, its leaderboard rows and its own trivia questions.
// Collections are read a page at a time by indexed keys, so a circle with 50,000 shoutouts never
// sits in memory at once; the caller writes each piece as it comes.
//
// Only this circle's data: documents are selected by the circle's id, and fields that point
// elsewhere or serve the machinery (other walls, leases, dedup keys, conversation references) are
// left out. People who opted out of leaderboards stay off its boards here too.

import type { Circle } from "../circles/types";
import { optedOutPlayers } from "../games/results/opt-out";
import type { ScoreRow } from "../games/results/scores";
import type { Session } from "../sessions/types";
import type { Shoutout } from "../shoutouts/repository";
import type { Doc, Filter, StoreCollection, Store } from "../store/types";

export const EXPORT_FORMAT = "quiet-circles.circle-export";
const PAGE = 500;

/** Pages through `filter` newest first by `field` (then `_id`), resuming after the last document seen. */
async function* pages<T extends Doc>(collection: StoreCollection<T>, filter: Filter, field: string): AsyncGenerator<T> {
  let after: { at: unknown; id: string } | null = null;
  for (;;) {
    const cursor: Filter = after ? { $or: [{ [field]: { $lt: after.at } }, { [field]: after.at, _id: { $gt: after.id } }] } : {};
    const page = await collection.find({ ...filter, ...cursor }, { sort: { [field]: -1, _id: 1 }, limit: PAGE });
    for (const doc of page) yield doc;
    if (page.length < PAGE) return;
    const last = page[page.length - 1]!;
    after = { at: last[field], id: last._id };
  }
}

function circlePart(circle: Circle) {
  return {
    id: circle._id,
    name: circle.name,
    kind: circle.kind,
    ...(circle.meetingId ? { meeting: true } : {}),
    ...(circle.teamName ? { teamName: circle.teamName } : {}),
    ...(circle.channelName ? { channelName: circle.channelName } : {}),
    locale: circle.locale,
    active: circle.active,
    installedAt: circle.installedAt,
    settings: circle.settings,
    members: circle.members.map((m) => ({ id: m.id, name: m.name, role: m.role })),
  };
}

function sessionPart(session: Session, hidden: ReadonlySet<string>) {
  const data = { ...session.data };
  if (Array.isArray(data.results)) data.results = (data.results as { playerId?: string }[]).filter((r) => !hidden.has(r.playerId ?? ""));
  return {
    id: session._id,
    ritualId: session.ritualId,
    localDate: session.localDate,
    scheduledFor: session.scheduledFor,
    state: session.state,
    trigger: session.trigger,
    late: session.late,
    ...(session.postedAt ? { postedAt: session.postedAt } : {}),
    ...(session.closedAt ? { closedAt: session.closedAt } : {}),
    participants: session.participants,
    data,
  };
}

function shoutoutPart(shoutout: Shoutout, circleId: string) {
  return {
    id: shoutout._id,
    /** False for thanks given in another circle to this circle's people. */
    givenHere: shoutout.circleId === circleId,
    giver: { id: shoutout.giverId, name: shoutout.giverName },
    recipients: shoutout.recipients,
    message: shoutout.message,
    tag: shoutout.tag,
    createdAt: shoutout.createdAt,
    reactions: shoutout.reactions.length,
  };
}

function scorePart(row: ScoreRow) {
  const { playerId, name, gameId, points, games, wins, bestScore, streak, lastPlayedAt } = row;
  return { playerId, name, gameId, points, games, wins, bestScore, streak, lastPlayedAt };
}

function questionPart(question: Doc) {
  const { _id, circleId: _circle, id: _id2, ...rest } = question;
  return { id: _id, ...rest };
}

/** The export, as consecutive pieces of one JSON document. */
export async function* exportCircle(store: Store, circle: Circle, now: Date): AsyncGenerator<string> {
  const circleId = circle._id;
  const hidden = await optedOutPlayers(store, circleId);
  yield `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":1,"exportedAt":${JSON.stringify(now)},"circle":${JSON.stringify(circlePart(circle))}`;

  async function* list<T extends Doc>(name: string, docs: AsyncGenerator<T>, part: (doc: T) => unknown): AsyncGenerator<string> {
    yield `,${JSON.stringify(name)}:[`;
    let first = true;
    for await (const doc of docs) {
      yield (first ? "" : ",") + JSON.stringify(part(doc));
      first = false;
    }
    yield "]";
  }

  yield* list("sessions", pages(store.collection<Session>("sessions"), { circleId }, "scheduledFor"), (s) => sessionPart(s, hidden));
  yield* list("shoutouts", pages(store.collection<Shoutout>("shoutouts"), { circleIds: circleId }, "createdAt"), (s) => shoutoutPart(s, circleId));
  yield* list(
    "scores",
    pages(store.collection<ScoreRow>("scores"), { circleId, gameId: { $ne: "*" }, playerId: { $nin: [...hidden] } }, "points"),
    scorePart,
  );
  yield* list("triviaQuestions", pages(store.collection<Doc>("trivia_questions"), { circleId }, "addedAt"), questionPart);
  yield "}\n";
}
