// Role card and Perspectives strings (English): the role card form, the card that opens it in a
// group, and the monthly spotlight.

const en = {
  questions: {
    cares: "What I care about most in my work",
    why: "Why it matters",
    help: "How you can help me",
  },
  form: {
    title: "Your role card",
    intro: "Help colleagues see what your role cares about, and why. Your card shows in the tab of every circle you are in.",
    role: "Your role",
    rolePlaceholder: "For example: Product owner",
    caresPlaceholder: "The thing I keep coming back to…",
    whyPlaceholder: "Because…",
    helpPlaceholder: "Tell me early when…",
    answersHint: "Answer one, two or all three questions.",
    spotlight: "My card may be put in the spotlight in the monthly Perspectives ritual, with me @mentioned so colleagues can ask me about it",
    spotlightHint: "Off unless you switch it on. You can change it here any time.",
    ownView: "Only you see this form until you save.",
    save: "Save my role card",
    delete: "Delete my role card",
    required: "Please fill this in.",
    savedSpotlight: "Saved. Your card shows in your circles, and it may be spotlighted in Perspectives.",
    savedQuiet: "Saved. Your card shows in your circles; it will not be spotlighted.",
    deleted: "Your role card is deleted. Changed your mind? Your answers are still below — press Save to keep them.",
  },
  open: {
    title: "Role cards",
    intro: "What does your role care about most, and why? Fill in your role card so colleagues see the person behind the job title.",
    private: "The form opens in your own view: others do not see it.",
    button: "Open my role card",
  },
  command: {
    deleted: "Your role card is deleted. Type **role** to make a new one.",
  },
  perspectives: {
    title: "Perspectives",
    spotlight: "This month in the spotlight: {{name}}, **{{role}}**",
    ask: "Ask {{name}} a question in the replies: what would you like to know about their work?",
    late: "Posted late: the app was offline at the planned time.",
    emptyTitle: "Perspectives: who wants to go first?",
    empty:
      "Nobody in this circle has a role card that may be spotlighted yet. Fill in yours — what your role cares about most and why — and switch on the spotlight. Next time, one of them is shared here.",
    fillIn: "Fill in my role card",
    closed: "This Perspectives session is closed. The role cards stay in the tab.",
  },
} as const;

export default en;

/** The shape the Dutch file must have. */
export type RoleStrings = { [K in keyof typeof en]: { [Q in keyof (typeof en)[K]]: string } };
