// Child process for crash.test.ts: opens the embedded store in the directory given as argv[2] and
// writes forever, printing each change to stdout only after the store acknowledged it:
//   "i <id>"            the circle <id> was inserted
//   "u <id> <version>"  the circle <id> was updated to <version>
// The test kills it with SIGKILL at an arbitrary moment.

import { openEmbeddedStore } from "../../shared/store/embedded-store";
import type { Circle } from "../../shared/circles/types";
import { defaultSettings } from "../../shared/rituals/settings";

const dir = process.argv[2];
if (!dir) throw new Error("usage: crash-writer <dir>");

const store = await openEmbeddedStore({ dir, logger: { warn: () => {}, info: () => {} } });
const circles = store.collection<Circle>("circles");
const out = (line: string) => process.stdout.write(`${line}\n`);

for (let i = 0; ; i++) {
  const id = `c${i}`;
  const now = new Date();
  await circles.insertOne({
    _id: id,
    tenantId: `t${i % 3}`,
    kind: "groupChat",
    name: `Circle ${i}`,
    locale: "en",
    settings: defaultSettings({ timeZone: "Europe/Amsterdam" }),
    active: true,
    reference: { bot: { id: "28:bot" }, channelId: "msteams", conversation: { id }, serviceUrl: "https://example.test/" },
    members: [{ id: `29:${i}`, name: `Member ${i}`, role: "facilitator" }],
    installedAt: now,
    updatedAt: now,
    version: 1,
  });
  out(`i ${id}`);
  if (i > 0 && i % 2 === 0) {
    const target = `c${Math.floor(i / 2)}`;
    const updated = await circles.findOneAndUpdate(
      { _id: target },
      { $inc: { version: 1 }, $set: { updatedAt: new Date() }, $push: { members: { id: `29:${i}-extra`, name: "Extra", role: "member" } } },
    );
    out(`u ${target} ${updated!.version}`);
  }
}
