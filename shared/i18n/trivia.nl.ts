// Daily Trivia strings (Dutch).

import type { TriviaStrings } from "./trivia.en";

const nl: TriviaStrings = {
  progress: "Vraag {{number}} van {{total}} · {{points}} goed tot nu toe",
  right: "Goed!",
  wrong: "Net niet — het was **{{answer}}**.",
  done: "Je had er {{points}} van de {{total}} goed in {{seconds}} s.",
  doneTitle: "Jouw ronde",
  playing: "speelt",
  finished: "klaar",
  more: "en nog {{count}}",
  ranking: "Stand van vandaag",
  rankLine: "{{rank}}. {{name}} — {{points}}/{{total}} ({{seconds}} s)",
  answers: "Antwoorden van vandaag",
  answerLine: "{{question}} **{{answer}}**",
  fastestPerfect: "Snelste foutloze ronde: {{name}} in {{seconds}} s.",
    add: {
      title: "Een vraag toevoegen aan de quiz van {{circle}}",
      intro: "Vraag iets over het team of jezelf — \"Wie van ons heeft de Kilimanjaro beklommen?\" De vraag komt bij de eigen vragen van de cirkel.",
      question: "Vraag",
      correct: "Het goede antwoord",
      wrong: "Een fout antwoord",
      required: "Vul dit in, alsjeblieft.",
      save: "Mijn vraag toevoegen",
      saved: "Dank je! Je vraag hoort nu bij de quiz van {{circle}}. Nog een toevoegen?",
    },
  hidden: "{{count}} speler(s) staan liever niet op de ranglijst.",
};

export default nl;
