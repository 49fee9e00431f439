// Role cards and the Perspectives spotlight: what a card must hold, and a rotation that gives
// everyone who agreed a turn before anyone gets a second — and never picks anyone who did not.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANSWER_MAX, ROLE_MAX, consentOf, parseRoleCard, personKey } from "../../shared/roles/rules";
import { pickSpotlight, type PastSpotlight } from "../../shared/roles/spotlight";

const good = { role: "Product owner", cares: "Shipping what customers need", why: "", help: "" };
const refusal = (input: Record<string, unknown>) => {
  const parsed = parseRoleCard(input);
  if (parsed.ok) throw new Error("expected a refusal");
  return parsed.error;
};

describe("a role card", () => {
  it("needs a role", () => {
    for (const role of [undefined, "", "   ", "\u0000\u200b", "<>", 42, { $gt: "" }]) expect(refusal({ ...good, role }).code).toBe("role_missing");
  });

  it("has a role of 2 to 60 characters", () => {
    expect(refusal({ ...good, role: "X" }).code).toBe("role_short");
    expect(refusal({ ...good, role: "x".repeat(ROLE_MAX + 1) }).code).toBe("role_long");
    expect(parseRoleCard({ ...good, role: "QA" }).ok).toBe(true);
    expect(parseRoleCard({ ...good, role: "x".repeat(ROLE_MAX) }).ok).toBe(true);
    // Characters, not UTF-16 units: sixty emoji are sixty characters.
    expect(parseRoleCard({ ...good, role: "🧭".repeat(ROLE_MAX) }).ok).toBe(true);
  });

  it("answers at least one of the three questions", () => {
    expect(refusal({ role: "Designer" }).code).toBe("answers_empty");
    expect(refusal({ role: "Designer", cares: " ", why: "\n\t", help: "<>" }).code).toBe("answers_empty");
    for (const q of ["cares", "why", "help"]) expect(parseRoleCard({ role: "Designer", [q]: "Clarity" }).ok).toBe(true);
  });

  it("keeps each answer to 300 characters", () => {
    for (const q of ["cares", "why", "help"]) {
      expect(refusal({ ...good, [q]: "y".repeat(ANSWER_MAX + 1) }).code).toBe("answer_long");
      expect(parseRoleCard({ ...good, [q]: "y".repeat(ANSWER_MAX) }).ok).toBe(true);
    }
  });

  it("is stored as clean, single-spaced text without markup brackets or control characters", () => {
    const parsed = parseRoleCard({ role: "  Product\u0000 <b>owner</b> ", cares: "Users\n\nfirst\u202e", why: "Because\tit\u200b matters", help: "<script>ask</script> early" });
    expect(parsed).toEqual({ ok: true, value: { role: "Product bowner/b", cares: "Users first", why: "Because it matters", help: "scriptask/script early", spotlight: false } });
  });

  it("is spotlighted only with an explicit yes", () => {
    expect(consentOf("true")).toBe(true);
    expect(consentOf(true)).toBe(true);
    for (const value of [undefined, "false", "yes", "1", 1, "TRUE", {}, null]) expect(consentOf(value)).toBe(false);
    expect(parseRoleCard(good)).toMatchObject({ ok: true, value: { spotlight: false } });
    expect(parseRoleCard({ ...good, spotlight: "true" })).toMatchObject({ ok: true, value: { spotlight: true } });
  });

  it("explains every refusal in English and Dutch", () => {
    for (const input of [{ ...good, role: "" }, { ...good, role: "X" }, { ...good, role: "x".repeat(61) }, { role: "Designer" }, { ...good, why: "y".repeat(301) }]) {
      const { message } = refusal(input);
      expect(message.en.length).toBeGreaterThan(10);
      expect(message.nl.length).toBeGreaterThan(10);
      expect(message.nl).not.toBe(message.en);
    }
  });

  it("belongs to the person: their Entra id when Teams sends it, else their Teams id", () => {
    expect(personKey("t1", { id: "29:ada", aadObjectId: "aad-1" })).toBe("t1|aad-1");
    expect(personKey("t1", { id: "29:ada" })).toBe("t1|29:ada");
    expect(personKey("t2", { id: "29:ada", aadObjectId: "aad-1" })).not.toBe(personKey("t1", { id: "29:ada", aadObjectId: "aad-1" }));
  });
});

type Person = { key: string; spotlight: boolean };
const people = (n: number, spotlight = true): Person[] => Array.from({ length: n }, (_, i) => ({ key: `t|p${i}`, spotlight }));
const month = (i: number) => new Date(Date.UTC(2026, i, 3, 13));

/** Runs the ritual month after month over the cards `at(month)` returns; the picks in order. */
function run(months: number, at: (i: number) => Person[], seed = "circle"): (string | null)[] {
  const history: PastSpotlight[] = [];
  const picks: (string | null)[] = [];
  for (let i = 0; i < months; i++) {
    const pick = pickSpotlight(at(i), history, `${seed}|perspectives|${i}`);
    picks.push(pick?.key ?? null);
    if (pick) history.push({ key: pick.key, at: month(i) });
  }
  return picks;
}

describe("the Perspectives spotlight", () => {
  it("nobody who agreed: no spotlight", () => {
    expect(pickSpotlight([], [], "s")).toBeNull();
    expect(pickSpotlight(people(4, false), [], "s")).toBeNull();
  });

  it("everyone who agreed is spotlighted once before anyone twice, month after month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 8 }), fc.string(), (agreed, declined, seed) => {
        const cards = [...people(agreed), ...people(declined, false).map((p) => ({ ...p, key: `${p.key}-no` }))];
        const picks = run(agreed * 4, () => cards, seed);
        for (let start = 0; start + agreed <= picks.length; start++) {
          const window = picks.slice(start, start + agreed);
          expect(new Set(window).size, `months ${start}..${start + agreed - 1}`).toBe(agreed);
        }
        expect(picks.every((key) => key !== null && !key.endsWith("-no"))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("never picks anyone who has not agreed, while others come and go and change their minds", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 40 }), fc.string(), (consents, seed) => {
        const at = (i: number) => consents[i].map((spotlight, p) => ({ key: `t|p${p}`, spotlight }));
        run(consents.length, at, seed).forEach((pick, i) => {
          if (pick === null) expect(consents[i].some(Boolean)).toBe(false);
          else expect(at(i).find((p) => p.key === pick)!.spotlight).toBe(true);
        });
      }),
    );
  });

  it("someone who newly agrees goes before everyone who had a turn", () => {
    const first = people(3);
    const newcomer = { key: "t|new", spotlight: true };
    const picks = run(5, (i) => (i < 3 ? first : [...first, newcomer]));
    expect(new Set(picks.slice(0, 3)).size).toBe(3);
    expect(picks[3]).toBe("t|new");
    expect(picks[4]).toBe(picks[0]);
  });

  it("next comes whoever was spotlighted longest ago", () => {
    const history = [
      { key: "t|a", at: month(5) },
      { key: "t|b", at: month(2) },
      { key: "t|c", at: month(4) },
      { key: "t|b", at: month(6) },
    ];
    expect(pickSpotlight(["t|a", "t|b", "t|c"].map((key) => ({ key, spotlight: true })), history, "s")?.key).toBe("t|c");
  });

  it("breaks ties by the seed: the same session picks the same person, different sessions spread", () => {
    const cards = people(4);
    const pick = (seed: string, order = cards) => pickSpotlight(order, [], seed)?.key;
    expect(pick("circle|perspectives|2026-03-03")).toBe(pick("circle|perspectives|2026-03-03", [...cards].reverse()));
    const chosen = new Set(Array.from({ length: 60 }, (_, i) => pick(`circle-${i}|perspectives|2026-03-03`)));
    expect(chosen.size).toBe(4);
  });

  it("counts a person once however many times they appear", () => {
    const dup = [...people(2), ...people(2)];
    expect(new Set(run(2, () => dup)).size).toBe(2);
  });
});
