// Reads and changes circles in the store. Every change is a compare-and-set on the circle's
// version, so two Teams events arriving at once (install + members added) never lose an update.

import { DuplicateKeyError, type Filter, type Store } from "../store/types";
import { defaultSettings } from "../rituals/settings";
import { activatedCircle, addMembers, removeMembers, type ConversationFacts, type Person } from "./rules";
import type { Circle } from "./types";

const MAX_ATTEMPTS = 8;

/** Circles stored before settings existed read as if created with the defaults. */
function withDefaults(circle: Circle | null): Circle | null {
  return circle && !circle.settings ? { ...circle, settings: defaultSettings({}) } : circle;
}

export class CircleRepository {
  constructor(private readonly store: Store) {}

  private get circles() {
    return this.store.collection<Circle>("circles");
  }

  async get(id: string): Promise<Circle | null> {
    return withDefaults(await this.circles.findOne({ _id: id }));
  }

  /** Circles sorted by name; `filter` is a store query (built by callers from validated input). */
  async list(filter: Filter = {}): Promise<Circle[]> {
    return (await this.circles.find(filter, { sort: { name: 1, _id: 1 } })).map((circle) => withDefaults(circle)!);
  }

  /**
   * Creates the circle for a conversation or brings it back to life. `wasActive` tells the caller
   * whether it already existed and was active — the welcome card is posted only when it was not,
   * so the install and members-added events Teams sends together greet the circle once.
   */
  async activate(facts: ConversationFacts, reported: Person[], installer: Person | undefined, now: Date) {
    const { before, after } = await this.change(facts.conversationId, (current) =>
      activatedCircle(current, facts, reported, installer, now),
    );
    return { circle: after!, wasActive: before?.active === true };
  }

  async deactivate(id: string, now: Date): Promise<Circle | null> {
    const { after } = await this.change(id, (current) =>
      current && current.active ? { ...current, active: false, removedAt: now, updatedAt: now } : current,
    );
    return after;
  }

  async addMembers(id: string, people: Person[], now: Date): Promise<Circle | null> {
    const { after } = await this.change(id, (current) =>
      current ? { ...current, members: addMembers(current.members, people), updatedAt: now } : null,
    );
    return after;
  }

  async removeMembers(id: string, ids: string[], now: Date): Promise<Circle | null> {
    const { after } = await this.change(id, (current) =>
      current ? { ...current, members: removeMembers(current.members, ids), updatedAt: now } : null,
    );
    return after;
  }

  /** Applies a pure change to an existing circle atomically; null when there is no such circle. */
  async update(id: string, apply: (current: Circle) => Circle): Promise<Circle | null> {
    const { after } = await this.change(id, (current) => (current ? apply(current) : null));
    return after;
  }

  /**
   * Applies a pure change to the current circle atomically: insert when it does not exist,
   * otherwise replace it only if nobody changed it in between (version check), retrying on a race.
   */
  private async change(id: string, apply: (current: Circle | null) => Circle | null) {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const before = withDefaults(await this.circles.findOne({ _id: id }));
      const next = apply(before);
      if (next === null || next === before) return { before, after: before };
      if (!before) {
        try {
          const created = { ...next, version: 1 };
          await this.circles.insertOne(created);
          return { before, after: created };
        } catch (error) {
          if (error instanceof DuplicateKeyError) continue;
          throw error;
        }
      }
      const { _id, version: _version, ...fields } = next;
      const dropped = Object.keys(before).filter((key) => !(key in next));
      const updated = await this.circles.findOneAndUpdate(
        { _id, version: before.version },
        {
          $set: { ...fields, version: before.version + 1 },
          ...(dropped.length > 0 ? { $unset: Object.fromEntries(dropped.map((key) => [key, ""])) } : {}),
        },
        { returnDocument: "after" },
      );
      if (updated) return { before, after: updated };
    }
    throw new Error(`circle ${id} kept changing; gave up after ${MAX_ATTEMPTS} attempts`);
  }
}
