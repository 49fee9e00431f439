// Daily Trivia strings (English).

const en = {
  progress: "Question {{number}} of {{total}} · {{points}} right so far",
  right: "Right!",
  wrong: "Not quite — it was **{{answer}}**.",
  done: "You answered {{points}} of {{total}} right in {{seconds}} s.",
  doneTitle: "Your round",
  playing: "playing",
  finished: "done",
  more: "and {{count}} more",
  ranking: "Today's ranking",
  rankLine: "{{rank}}. {{name}} — {{points}}/{{total}} ({{seconds}} s)",
  answers: "Today's answers",
  answerLine: "{{question}} **{{answer}}**",
  fastestPerfect: "Fastest perfect round: {{name}} in {{seconds}} s.",
    add: {
      title: "Add a question to {{circle}}'s trivia",
      intro: "Ask something about the team or yourself — \"Who of us has climbed Kilimanjaro?\" It joins the circle's own questions.",
      question: "Question",
      correct: "The right answer",
      wrong: "A wrong answer",
      required: "Please fill this in.",
      save: "Add my question",
      saved: "Thanks! Your question joins {{circle}}'s trivia. Add another?",
    },
  hidden: "{{count}} player(s) chose not to appear on leaderboards.",
} as const;

export default en;

type DeepString<T> = T extends string ? string : { [K in keyof T]: DeepString<T[K]> };
export type TriviaStrings = DeepString<typeof en>;
