// Daily Trivia's content: the built-in bank, questions generated from country data, team-made
// packs, and the choice of a round's questions. Pure data and pure functions.

export { bank } from "./bank";
export { countryQuestions } from "./countries";
export { PACK_LIMITS, parsePack, validateTeamQuestion } from "./packs";
export type { PackFormat, ParsePackResult, SkippedEntry, SkipReason, TeamQuestionResult } from "./packs";
export { DEFAULT_QUESTION_COUNT, NO_REPEAT_DAYS, difficultyPlan, fullPool, selectQuestions } from "./select";
export type { SeenQuestion, SelectInput } from "./select";
export { CATEGORIES, DIFFICULTIES } from "./types";
export type { Category, Difficulty, QuestionSource, TriviaQuestion } from "./types";
