// "Remove my data" on a session: the person's answers, results and contributions go, every other
// trace of their id is replaced, the head count stays — and a second pass changes nothing.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scrubSession } from "../../shared/privacy/remove-my-data";
import type { Session } from "../../shared/sessions/types";

const base: Session = {
  _id: "c|week-in-review|2026-11-20",
  circleId: "c",
  tenantId: "t",
  ritualId: "week-in-review",
  scheduledFor: new Date("2026-11-20T14:30:00Z"),
  localDate: "2026-11-20",
  state: "closed",
  late: false,
  trigger: "schedule",
  dueAt: new Date("2026-11-20T14:30:00Z"),
  closesAt: new Date("2026-11-20T17:30:00Z"),
  attempts: 0,
  participants: ["29:ada", "29:bob"],
  data: {},
  createdAt: new Date("2026-11-20T14:30:00Z"),
  version: 3,
};

describe("scrubbing a person from a session", () => {
  it("drops their answers, results and contributions and keeps the others'", () => {
    const session: Session = {
      ...base,
      data: {
        answers: [
          { userId: "29:ada", name: "Ada", wentWell: "the demo" },
          { userId: "29:bob", name: "Bob", wentWell: "the release" },
        ],
        results: [{ playerId: "29:bob", name: "Bob", points: 3 }],
        contributors: [{ id: "29:bob", name: "Bob", moves: 2 }],
        board: { guesses: [{ code: "NL", by: { id: "29:bob", name: "Bob" } }], solvedBy: { id: "29:bob", name: "Bob" } },
      },
    };
    const scrubbed = scrubSession(session, "29:bob", "removed:x")!;
    expect(scrubbed.data.answers).toEqual([{ userId: "29:ada", name: "Ada", wentWell: "the demo" }]);
    expect(scrubbed.data.results).toEqual([]);
    expect(scrubbed.data.contributors).toEqual([]);
    expect(scrubbed.data.board).toEqual({ guesses: [{ code: "NL", by: { id: "removed:x", name: "—" } }], solvedBy: { id: "removed:x", name: "—" } });
    expect(scrubbed.participants).toEqual(["29:ada", "removed:x"]);
    expect(JSON.stringify(scrubbed)).not.toContain("Bob");
  });

  it("leaves a session that never mentions them alone", () => {
    expect(scrubSession({ ...base, participants: ["29:ada"], data: { answers: [{ userId: "29:ada", name: "Ada" }] } }, "29:bob", "removed:x")).toBeNull();
  });

  it("never leaves their id behind, keeps the head count, and a second pass finds nothing (property)", () => {
    const id = fc.constantFrom("29:ada", "29:bob", "29:cy");
    const entry = fc.record({ id, name: fc.constantFrom("Ada", "Bob", "Cy"), n: fc.integer() });
    fc.assert(
      fc.property(fc.array(id, { maxLength: 4 }), fc.array(entry, { maxLength: 4 }), fc.array(entry, { maxLength: 4 }), (participants, contributors, moves) => {
        const session: Session = {
          ...base,
          participants,
          data: { contributors, board: { moves }, results: contributors.map((c) => ({ playerId: c.id, name: c.name, points: c.n })) },
        };
        const scrubbed = scrubSession(session, "29:bob", "removed:p") ?? session;
        expect(JSON.stringify(scrubbed)).not.toContain("29:bob");
        expect(scrubbed.participants).toHaveLength(participants.length);
        expect(scrubSession(scrubbed, "29:bob", "removed:q")).toBeNull();
      }),
    );
  });
});
