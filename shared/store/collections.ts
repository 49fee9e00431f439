// The one place where collections and their indexes are declared. Both stores read this: MongoDB
// creates these indexes (by name, idempotently) when the store opens; the embedded store enforces
// the unique ones. To add a collection, add an entry here: its name becomes a `CollectionName`.

import type { CollectionSpec } from "./types";

export const collections = {
  /** One document per Teams conversation the bot is installed in (`Circle`, `_id` = conversation id). */
  circles: {
    indexes: [
      { name: "tenant_active", key: { tenantId: 1, active: 1 } },
      { name: "member_aad", key: { "members.aadObjectId": 1 } },
      { name: "member_id", key: { "members.id": 1 } },
    ],
  },
  /**
   * One document per enabled ritual of a circle (`_id` = "<circleId>|<ritualId>"): when it is next
   * due, and which scheduler instance holds the lease to post it.
   */
  schedules: {
    indexes: [
      { name: "due", key: { nextAt: 1 } },
      { name: "circle", key: { circleId: 1 } },
      // Only leased documents are in it (releasing unsets the field): a stopping instance finds its own.
      { name: "lease_owner", key: { leaseOwner: 1 }, sparse: true },
    ],
  },
  /**
   * One document per occurrence of a ritual (`Session`, `_id` = "<circleId>|<ritualId>|<localDate>"):
   * the outbox record written before the post, then the session's state, card and results.
   */
  sessions: {
    indexes: [
      { name: "circle_time", key: { circleId: 1, scheduledFor: -1 } },
      { name: "state_due", key: { state: 1, dueAt: 1 } },
      { name: "lease_owner", key: { leaseOwner: 1 }, sparse: true },
    ],
  },
  /**
   * One document per player per game session (`Play`, `_id` = "<sessionId>|<playerId>"): the
   * player's own state, advanced with a step-guarded update so a double tap counts once.
   */
  plays: {
    indexes: [
      { name: "session", key: { sessionId: 1 } },
      { name: "circle_player", key: { circleId: 1, playerId: 1 } },
    ],
  },
  /**
   * Leaderboard rows (`_id` = "<circleId>|<gameId>|<playerId>"): all-time points, wins, streaks,
   * and the sessions already counted (so finalising a session twice never scores twice).
   */
  scores: {
    indexes: [{ name: "circle_game_points", key: { circleId: 1, gameId: 1, points: -1 } }],
  },
  /** Team-made trivia questions and imported packs of a circle (`TriviaQuestion` documents). */
  trivia_questions: {
    indexes: [{ name: "circle", key: { circleId: 1 } }],
  },
  /**
   * Thanks given in a circle (`Shoutout`, `_id` = random): a wall (`circleIds`, cross-team thanks
   * show in both circles) newest first, a Friday shoutouts session's shoutouts, the
   * giver's last minute for the duplicate check, and `dedupKey` unique so a double send racing
   * itself stores once.
   */
  shoutouts: {
    indexes: [
      { name: "circle_time", key: { circleId: 1, createdAt: -1 } },
      { name: "wall_time", key: { circleIds: 1, createdAt: -1 } },
      { name: "circle_giver_time", key: { circleId: 1, giverId: 1, createdAt: -1 } },
      { name: "session", key: { sessionId: 1 } },
      { name: "dedup", key: { dedupKey: 1 }, unique: true },
      // The personal tab: a person's thanks received and given, newest first.
      { name: "recipient_time", key: { "recipients.id": 1, createdAt: -1 } },
      { name: "giver_time", key: { giverId: 1, createdAt: -1 } },
    ],
  },
  /**
   * Walk-and-talk opt-ins (`PairOptIn`, `_id` = "<circleId>|<userId>"): one document per person per
   * circle, so people choosing at once never write the same document. Rounds live in the sessions.
   */
  pair_optins: {
    indexes: [{ name: "circle_optin", key: { circleId: 1, optedIn: 1 } }],
  },
  /**
   * One role card per person and tenant (`RoleCard`, `_id` = "<tenantId>|<aadObjectId or Teams
   * user id>"), shown in every circle the person is in: found by either id of a circle's members.
   */
  role_cards: {
    indexes: [
      { name: "tenant_user", key: { tenantId: 1, userId: 1 } },
      { name: "tenant_aad", key: { tenantId: 1, aadObjectId: 1 } },
    ],
  },
  /**
   * Two Truths and a Lie: one document per circle (`StorytellerList`, `_id` = the circle id) with
   * the people who volunteered to tell next. Who told when is in the sessions' boards.
   */
  storytellers: {
    indexes: [],
  },
  /**
   * One-time download links of circle exports (`_id` = a random token): valid for two minutes,
   * used once; expired ones are deleted when the next link is made.
   */
  export_links: {
    indexes: [{ name: "expires", key: { expiresAt: 1 } }],
  },
  /**
   * Walk the Globe: one journey per circle (`Journey`, `_id` = the circle id): the stops the
   * circle's solved rounds added, kilometres, countries, continents and milestones; the tab draws
   * it on a map. Read by id; the tenant index serves tenant-wide views and removing a tenant's data.
   */
  journeys: {
    indexes: [{ name: "tenant", key: { tenantId: 1 } }],
  },
} as const satisfies Record<string, CollectionSpec>;
