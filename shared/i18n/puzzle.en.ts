// Team puzzle strings (English). The refusals under `errors` are also the messages of the rules'
// GameErrors (shared/games/puzzle/rules.ts), so a player sees the same words everywhere.

const en = {
  intro: "Sixteen words hide four groups of four. Pick four words that belong together and press **Try this group**. The whole circle plays on this one board and shares four mistakes.",
  pickLabel: "Pick four words",
  tryGroup: "Try this group",
  mistakesLeft: "Mistakes left: {{dots}} {{count}} of 4",
  foundBy: "found by {{name}}",
  notFound: "not found",
  tried: "Tried without luck",
  oneAwayMark: "one away",
  latest: {
    locked: "{{name}} found **{{theme}}**.",
    wrong: "{{name}} tried {{words}}: not a group.",
    oneAway: "{{name}} tried {{words}}: one away!",
  },
  mine: {
    locked: "Right! **{{theme}}** is locked for everyone.",
    wrong: "Not a group. That cost one shared mistake.",
    oneAway: "One away! Three of those four belong together. That cost one shared mistake.",
  },
  contributions: "Who did what",
  proposals_one: "{{count}} proposal",
  proposals_other: "{{count}} proposals",
  found: "found {{themes}}",
  solved_one: "Solved! The circle found all four groups with {{count}} mistake.",
  solved_other: "Solved! The circle found all four groups with {{count}} mistakes.",
  failed: "Out of mistakes. These were the groups:",
  unsolved: "Time is up. These were the groups:",
  mistakesUsed: "Mistakes used: {{count}} of 4",
  nobody: "Nobody tried a group this time. There is a new puzzle next time.",
  points: "Points",
  pointsValue_one: "{{count}} point",
  pointsValue_other: "{{count}} points",
  scoring:
    "Scoring: each group earns its finder 1 to 4 points by difficulty (🟨 1, 🟩 2, 🟦 3, 🟪 4). A solve gives everyone who proposed a group a team bonus of 4 minus the mistakes used.",
  teamBonus: "Team bonus this time: +{{bonus}} for everyone who proposed.",
  errors: {
    none: "Pick four words first, then press Try this group.",
    count: "Pick exactly four words: you picked {{count}}.",
    unknown: "\"{{word}}\" is not on this board. Pick words from the list.",
    taken: "\"{{word}}\" is already in a group {{name}} found. The board below is up to date.",
    repeated: "The team already tried exactly these four. No mistake counted; try another combination.",
    finished: "This puzzle is already finished.",
  },
} as const;

export default en;

type DeepString<T> = T extends string ? string : { [K in keyof T]: DeepString<T[K]> };
export type PuzzleStrings = DeepString<typeof en>;
