// The results side of the game engine: ranking a finished session, all-time scores and streaks,
// the boards others see, and leaving leaderboards.

export { rankPlayers, visibleResults, type PlayerResult, type Ranked } from "./ranking";
export { funFacts, type FunFact, type FunFactContext } from "./fun-facts";
export { currentStreak, nextStreak, noStreak, type Streak } from "./streaks";
export {
  playerScore,
  recordResults,
  scoreId,
  SESSIONS_KEPT,
  type RecordResultsInput,
  type RecordResultsOutcome,
  type ScoreRow,
  type SessionResult,
} from "./scores";
export { leaderboard, weeklyBoard, weeklyTotals, type LeaderboardRow, type WeeklyRow, type WeekSession } from "./leaderboard";
export { isOptedOut, optedOutPlayers, setLeaderboardOptOut, type LeaderboardPreference } from "./opt-out";
