// English strings for the bot's cards and messages.

const en = {
  circle: {
    general: "General",
    groupChat: "Group chat",
    meetingChat: "Meeting chat",
    personal: "Personal circle",
  },
  welcome: {
    title: "Quiet Circles is here",
    intro:
      "Small, regular moments of connection for {{circle}}: a five-minute game, a shoutout, a walk and talk. Consistency beats size.",
    introPersonal:
      "This is your personal space with Quiet Circles: play the daily games on your own, and see your circles and shoutouts. Add me to a channel, group chat or meeting to start a circle with colleagues.",
    facilitator: "{{name}} added me and is this circle's facilitator.",
    next: "Rituals and games are being set up in this circle soon. Until then, type **help** to see what I can do.",
    helpButton: "What can you do?",
  },
  help: {
    title: "What Quiet Circles can do",
    intro: "Mention me in a channel (@Quiet Circles help); in chats just type the command.",
    commands: {
      help: "Show this overview.",
      setup: "Switch rituals on or off and set their times (facilitators).",
      trivia: "Play today's Daily Trivia: five questions, five minutes.",
      wordl6: "Play today's Wordl6: guess the six-letter word.",
      shoutout: "Thank a colleague in front of the circle.",
    },
    soon: "Coming soon",
    available: "Available now",
    unknown: "I didn't recognise \"{{text}}\". Here is what I can do:",
    tab: "Add the Quiet Circles tab to this conversation to see the circle's history and shoutout wall.",
  },
  error: {
    turn: "Sorry, something went wrong on our side. Please try again in a moment. (reference {{ref}})",
  },
} as const;

export default en;

/** The shape every bot language file must have. */
export type BotStrings = { [K in keyof typeof en]: DeepString<(typeof en)[K]> };
type DeepString<T> = T extends string ? string : { [K in keyof T]: DeepString<T[K]> };
