// Strings the game engine shares between games (English).

const en = {
  play: "Play",
  closed: "This round is closed. The results are in the conversation.",
  stale: "This card belongs to another round. Use the newest card in this conversation.",
  opened: "{{game}} is open below.",
  // In a channel the card is a new post, which Teams may list above or below this reply.
  openedInChannel: "{{game}} is open in a new post in this channel.",
  alreadyOpen: "Today's {{game}} is already open in this conversation.",
  alreadyDone: "Today's {{game}} has already been played here. A new round comes tomorrow.",
  played_one: "{{count}} person played",
  played_other: "{{count}} people played",
  nobodyYet: "Nobody has played yet — be the first.",
  closesAt: "Open until {{time}}.",
  resultsTitle: "{{game}} — results",
  winners: "Winner: {{names}}",
  winners_other: "Winners: {{names}}",
  noWinners: "No winner this time.",
  nobodyPlayed: "Nobody played this round. There is always tomorrow.",
  you: "you",
  boardTitle: "All-time leaderboard in {{circle}}",
  boardEmpty: "No finished rounds yet.",
  boardLine: "{{rank}}. {{name}} — {{points}} points · won {{wins}}× · streak {{streak}}",
  boardHint: "`leaderboard off` takes you off these boards; you keep playing.",
  leaderboardOff: "You are no longer shown on leaderboards in this circle. You can still play. Type **leaderboard on** to come back.",
  leaderboardOn: "You are shown on this circle's leaderboards again.",
} as const;

export default en;

export type GamesStrings = { [K in keyof typeof en]: string };
