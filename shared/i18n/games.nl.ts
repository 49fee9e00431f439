// Strings the game engine shares between games (Dutch).

import type { GamesStrings } from "./games.en";

const nl: GamesStrings = {
  play: "Spelen",
  closed: "Deze ronde is gesloten. De uitslag staat in het gesprek.",
  stale: "Deze kaart hoort bij een andere ronde. Gebruik de nieuwste kaart in dit gesprek.",
  opened: "{{game}} staat hieronder open.",
  openedInChannel: "{{game}} staat open in een nieuw bericht in dit kanaal.",
  alreadyOpen: "{{game}} van vandaag staat al open in dit gesprek.",
  alreadyDone: "{{game}} van vandaag is hier al gespeeld. Morgen is er een nieuwe ronde.",
  played_one: "{{count}} persoon speelde",
  played_other: "{{count}} mensen speelden",
  nobodyYet: "Nog niemand heeft gespeeld — wees de eerste.",
  closesAt: "Open tot {{time}}.",
  resultsTitle: "{{game}} — uitslag",
  winners: "Winnaar: {{names}}",
  winners_other: "Winnaars: {{names}}",
  noWinners: "Deze keer geen winnaar.",
  nobodyPlayed: "Niemand speelde deze ronde. Morgen is er weer een kans.",
  you: "jij",
  boardTitle: "Ranglijst aller tijden in {{circle}}",
  boardEmpty: "Nog geen afgeronde rondes.",
  boardLine: "{{rank}}. {{name}} — {{points}} punten · {{wins}}× gewonnen · reeks {{streak}}",
  boardHint: "Met `leaderboard off` sta je niet meer op deze ranglijsten; je blijft gewoon spelen.",
  leaderboardOff: "Je staat niet meer op de ranglijsten van deze cirkel. Je kunt gewoon blijven spelen. Typ **leaderboard on** om terug te komen.",
  leaderboardOn: "Je staat weer op de ranglijsten van deze cirkel.",
};

export default nl;
