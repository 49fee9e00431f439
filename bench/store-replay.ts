// Embedded store startup cost: how long opening (journal replay + compaction) takes for n
// circle-like documents. The journal is seeded directly in the store's line format (inserting
// 100k documents one fsync at a time would only measure the disk), then a few thousand real
// updates go through the store so that compaction has superseded lines to drop. Each timed open
// starts from a copy of that same journal.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Circle } from "../shared/circles/types";
import { encodeJson, JOURNAL_FILE, openEmbeddedStore } from "../shared/store/embedded-store";
import type { Logger } from "../shared/store/types";
import { defaultSettings } from "../shared/rituals/settings";

const silent: Logger = { warn: () => {}, info: () => {} };

function circleLike(i: number): Circle {
  const id = `19:${i.toString(36).padStart(8, "0")}@thread.tacv2`;
  const tenantId = `tenant-${i % 40}`;
  const installedAt = new Date(Date.UTC(2024, 0, 1) + i * 60_000);
  return {
    _id: id,
    tenantId,
    kind: "channel",
    teamId: `19:team-${i % 500}@thread.tacv2`,
    teamName: `Team ${i % 500}`,
    channelId: id,
    channelName: "General",
    name: `Team ${i % 500} › General`,
    locale: i % 5 === 0 ? "nl" : "en",
    settings: defaultSettings({ timeZone: "Europe/Amsterdam" }),
    active: i % 11 !== 0,
    reference: {
      bot: { id: "28:00000000-0000-0000-0000-000000000000", name: "Quiet Circles" },
      channelId: "msteams",
      conversation: { id, conversationType: "channel", tenantId, isGroup: true },
      serviceUrl: "https://smba.trafficmanager.net/emea/",
    },
    members: Array.from({ length: 4 }, (_, j) => ({
      id: `29:1user-${i}-${j}`,
      aadObjectId: `00000000-0000-0000-${String(i).padStart(4, "0").slice(-4)}-${String(j).padStart(12, "0")}`,
      name: `Person ${j}`,
      role: j === 0 ? ("facilitator" as const) : ("member" as const),
    })),
    installedBy: `29:1user-${i}-0`,
    installedAt,
    updatedAt: installedAt,
    version: 1,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchStoreReplay(n = 100_000): Promise<{ documents: number; replayMs: number; journalBytes: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qc-bench-replay-"));
  try {
    const journal = path.join(dir, JOURNAL_FILE);
    const fd = fs.openSync(journal, "w");
    const batch: string[] = [];
    for (let i = 0; i < n; i++) {
      batch.push(encodeJson({ c: "circles", put: [circleLike(i)] }));
      if (batch.length === 5_000 || i === n - 1) {
        fs.writeSync(fd, `${batch.join("\n")}\n`);
        batch.length = 0;
      }
    }
    fs.closeSync(fd);

    const seeded = await openEmbeddedStore({ dir, logger: silent });
    const circles = seeded.collection<Circle>("circles");
    const updates = Math.min(2_000, n);
    for (let k = 0; k < updates; k++) {
      const i = Math.floor((k * 7919) % n);
      await circles.updateOne({ _id: circleLike(i)._id }, { $inc: { version: 1 }, $set: { updatedAt: new Date() } });
    }
    await seeded.close();

    const pristine = path.join(dir, "journal.pristine");
    fs.copyFileSync(journal, pristine);
    const journalBytes = fs.statSync(pristine).size;

    const times: number[] = [];
    let documents = 0;
    for (let run = 0; run < 3; run++) {
      fs.copyFileSync(pristine, journal);
      const started = performance.now();
      const store = await openEmbeddedStore({ dir, logger: silent });
      times.push(performance.now() - started);
      documents = await store.collection("circles").countDocuments();
      await store.close();
    }
    return { documents, replayMs: median(times), journalBytes };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
