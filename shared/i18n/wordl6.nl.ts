// Wordl6 strings (Dutch).

import type { Wordl6Strings } from "./wordl6.en";

const nl: Wordl6Strings = {
  title: "Wordl6",
  intro: "Raad het woord van zes letters van vandaag in zes beurten. Iedereen in de cirkel heeft hetzelfde woord; alleen jij ziet jouw letters.",
  legend: "🟩 goede letter, goede plek · 🟨 zit in het woord, ergens anders · ⬜ zit niet in het woord",
  guessLabel: "Jouw woord",
  guessPlaceholder: "zes letters",
  submit: "Raden",
  guessesLeft_one: "Nog {{count}} beurt",
  guessesLeft_other: "Nog {{count}} beurten",
  solved_one: "In één keer geraden!",
  solved_other: "Geraden in {{count}} beurten!",
  failed: "Je beurten zijn op. Het woord zie je als de ronde sluit.",
  answer: "Het woord was **{{answer}}**.",
  progressSolved: "geraden in {{count}}",
  progressPlaying: "{{count}} van 6",
  progressFailed: "niet geraden",
  distribution: "Aantal beurten",
  notSolved: "Niet geraden",
  solvers: "Geraden door: {{names}}",
  nobodySolved: "Niemand heeft het woord deze keer geraden.",
  errors: {
    empty: "Typ een woord van zes letters.",
    lettersOnly: "Alleen letters graag: geen cijfers, spaties, leestekens of emoji.",
    alphabet: "Gebruik de letters a tot en met z (accenten mogen).",
    length: "Zes letters graag: \"{{word}}\" heeft er {{count}}.",
    notInList: "\"{{word}}\" staat niet in de woordenlijst. Probeer een ander woord; dit kostte geen beurt.",
    solved: "Je hebt het woord van vandaag al geraden.",
    noGuessesLeft: "Je hebt alle zes beurten gebruikt.",
  },
};

export default nl;
