// Team puzzle strings (Dutch).

import type { PuzzleStrings } from "./puzzle.en";

const nl: PuzzleStrings = {
  intro: "Zestien woorden verbergen vier groepen van vier. Kies vier woorden die bij elkaar horen en druk op **Probeer deze groep**. De hele cirkel speelt op dit ene bord en deelt vier fouten.",
  pickLabel: "Kies vier woorden",
  tryGroup: "Probeer deze groep",
  mistakesLeft: "Fouten over: {{dots}} {{count}} van 4",
  foundBy: "gevonden door {{name}}",
  notFound: "niet gevonden",
  tried: "Geprobeerd zonder succes",
  oneAwayMark: "één ernaast",
  latest: {
    locked: "{{name}} vond **{{theme}}**.",
    wrong: "{{name}} probeerde {{words}}: geen groep.",
    oneAway: "{{name}} probeerde {{words}}: één ernaast!",
  },
  mine: {
    locked: "Goed! **{{theme}}** ligt nu vast voor iedereen.",
    wrong: "Geen groep. Dat kostte één gedeelde fout.",
    oneAway: "Eén ernaast! Drie van die vier horen bij elkaar. Dat kostte één gedeelde fout.",
  },
  contributions: "Wie deed wat",
  proposals_one: "{{count}} voorstel",
  proposals_other: "{{count}} voorstellen",
  found: "vond {{themes}}",
  solved_one: "Opgelost! De cirkel vond alle vier de groepen met {{count}} fout.",
  solved_other: "Opgelost! De cirkel vond alle vier de groepen met {{count}} fouten.",
  failed: "De fouten zijn op. Dit waren de groepen:",
  unsolved: "De tijd is om. Dit waren de groepen:",
  mistakesUsed: "Fouten gebruikt: {{count}} van 4",
  nobody: "Niemand probeerde deze keer een groep. De volgende keer is er een nieuwe puzzel.",
  points: "Punten",
  pointsValue_one: "{{count}} punt",
  pointsValue_other: "{{count}} punten",
  scoring:
    "Punten: elke groep levert de vinder 1 tot 4 punten op, naar moeilijkheid (🟨 1, 🟩 2, 🟦 3, 🟪 4). Bij een oplossing krijgt iedereen die een groep voorstelde een teambonus van 4 min het aantal fouten.",
  teamBonus: "Teambonus deze keer: +{{bonus}} voor iedereen die een voorstel deed.",
  errors: {
    none: "Kies eerst vier woorden en druk dan op Probeer deze groep.",
    count: "Kies precies vier woorden: je koos er {{count}}.",
    unknown: "\"{{word}}\" staat niet op dit bord. Kies woorden uit de lijst.",
    taken: "\"{{word}}\" zit al in een groep die {{name}} vond. Het bord hieronder is bijgewerkt.",
    repeated: "Het team probeerde precies deze vier al. Dat telt niet als fout; probeer een andere combinatie.",
    finished: "Deze puzzel is al afgelopen.",
  },
};

export default nl;
