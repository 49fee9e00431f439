// Wordl6: the six-letter word game. Its public surface for the engine and the cards.

export { feedback, type Mark } from "./feedback";
export { foldWord } from "./normalise";
export { pickAnswer } from "./pick-answer";
export { MAX_GUESSES, WORD_LENGTH, parseGuess, wordl6Rules, type Wordl6Guess, type Wordl6Move, type Wordl6Round, type Wordl6State } from "./rules";
export {
  KEYBOARD_ROWS,
  sharedGrid,
  summary,
  view,
  type Wordl6Key,
  type Wordl6Player,
  type Wordl6Status,
  type Wordl6Summary,
  type Wordl6Tile,
  type Wordl6View,
} from "./view";
export { isKnownWord, wordList, type WordList } from "./words";
