// Wordl6 strings (English). The refusals under `errors` are also the messages of the rules'
// GameErrors (shared/games/wordl6/rules.ts), so a player sees the same words everywhere.
// "This round is closed" is the engine's, shared by all games (games.closed).

const en = {
  title: "Wordl6",
  intro: "Guess today's six-letter word in six tries. Everyone in the circle has the same word; only you see your letters.",
  legend: "🟩 right letter, right place · 🟨 in the word, elsewhere · ⬜ not in the word",
  guessLabel: "Your guess",
  guessPlaceholder: "six letters",
  submit: "Guess",
  guessesLeft_one: "{{count}} guess left",
  guessesLeft_other: "{{count}} guesses left",
  solved_one: "Found it in one guess!",
  solved_other: "Found it in {{count}} guesses!",
  failed: "No guesses left. The word is revealed when the round closes.",
  answer: "The word was **{{answer}}**.",
  progressSolved: "solved in {{count}}",
  progressPlaying: "{{count}} of 6",
  progressFailed: "not solved",
  distribution: "Guesses needed",
  notSolved: "Not solved",
  solvers: "Solved by: {{names}}",
  nobodySolved: "Nobody found the word this time.",
  errors: {
    empty: "Type a six-letter word.",
    lettersOnly: "Letters only, please: no digits, spaces, punctuation or emoji.",
    alphabet: "Use the letters a to z (accents are fine).",
    length: "Six letters, please: \"{{word}}\" has {{count}}.",
    notInList: "\"{{word}}\" is not in the word list. Try another word; this one did not cost a guess.",
    solved: "You have already found today's word.",
    noGuessesLeft: "You have used all six guesses.",
  },
} as const;

export default en;

type DeepString<T> = T extends string ? string : { [K in keyof T]: DeepString<T[K]> };
export type Wordl6Strings = DeepString<typeof en>;
