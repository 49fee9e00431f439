// Reads a session and changes its ritual data atomically (compare-and-set on `version`), so many
// people answering at once never overwrite each other.

import type { Store } from "../store/types";
import type { Session } from "./types";

const MAX_ATTEMPTS = 20;

export class SessionRepository {
  constructor(private readonly store: Store) {}

  private get sessions() {
    return this.store.collection<Session>("sessions");
  }

  get(id: string): Promise<Session | null> {
    return this.sessions.findOne({ _id: id });
  }

  /** Newest first. */
  listForCircle(circleId: string, limit = 50): Promise<Session[]> {
    return this.sessions.find({ circleId }, { sort: { scheduledFor: -1 }, limit });
  }

  /**
   * Applies a pure change to the session; `apply` returns null to leave it as it is. Returns the
   * saved session, or the unchanged one when `apply` declined.
   */
  async update(id: string, apply: (current: Session) => Session | null): Promise<Session | null> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await this.sessions.findOne({ _id: id });
      if (!current) return null;
      const next = apply(current);
      if (next === null) return current;
      const { _id, version: _version, ...fields } = next;
      const saved = await this.sessions.findOneAndUpdate(
        { _id, version: current.version },
        { $set: { ...fields, version: current.version + 1 } },
        { returnDocument: "after" },
      );
      if (saved) return saved;
    }
    throw new Error(`session ${id} kept changing; gave up after ${MAX_ATTEMPTS} attempts`);
  }
}
