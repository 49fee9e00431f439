// English strings for the tab ("tab" namespace).

const en = {
  app: {
    connecting: "Connecting to Microsoft Teams…",
  },
  preview: {
    body: "<strong>Local preview</strong> — not signed in to Teams; showing circles from the local data store",
    navLabel: "Preview pages",
    nav: {
      circle: "Circle",
      me: "My circles",
      config: "Tab settings",
    },
    checking: "Checking how this server runs…",
    sessionError: "Couldn't start the local preview",
  },
  openInTeams: {
    title: "Open Quiet Circles in Microsoft Teams",
    body: "This server is connected to Microsoft Teams, so the tab works only inside Teams, where it knows who you are. Add Quiet Circles to a channel, group chat or meeting and open its tab there.",
  },
  picker: {
    label: "Circle to preview",
    placeholder: "Pick a circle",
    loading: "Loading circles…",
    empty: "No circles in the local data store yet — add the bot to a conversation first and it appears here",
    error: "Couldn't load the circles",
  },
  circle: {
    kind: {
      channel: "Channel",
      groupChat: "Group chat",
      personal: "Personal chat",
      meeting: "Meeting chat",
    },
    memberCount_one: "{{count}} member",
    memberCount_other: "{{count}} members",
    addedOn: "Added on {{date}}",
    inactive: "Inactive",
    inactiveHint: "Quiet Circles was removed from this conversation",
    loading: "Loading the circle…",
    error: "Couldn't load this circle",
    none: {
      title: "No circle here",
      body: "This tab shows the circle of a channel, group chat or meeting. Add Quiet Circles to one of those to see its circle.",
    },
  },
  people: {
    title: "People",
    facilitators: "Facilitators",
    members: "Members",
    noFacilitators: "No facilitators yet",
    noMembers: "No members yet — they appear once Quiet Circles sees who is in the conversation",
  },
  history: {
    title: "History",
    empty: "No sessions yet — the first ritual will appear here",
  },
  shoutouts: {
    title: "Shoutout wall",
    empty: "No shoutouts yet — thanks given in this circle will appear here",
  },
  myCircles: {
    title: "My circles",
    listLabel: "Circles you belong to",
    loading: "Loading your circles…",
    empty: "You're not in a circle yet — add Quiet Circles to a channel, group chat or meeting to start one",
    error: "Couldn't load your circles",
  },
  config: {
    title: "Quiet Circles for this conversation",
    intro: "This tab shows the conversation's circle: the people in it and its facilitators, the history of its rituals and the shoutout wall.",
    history: "History keeps every ritual session with its results and who took part.",
    shoutouts: "The shoutout wall shows the thanks colleagues give each other, newest first.",
    save: "Select Save to add the tab.",
    previewNote: "In Teams this page appears when someone adds the tab; here it is only shown for reference.",
  },
  errors: {
    retry: "Try again",
    network: "Can't reach the Quiet Circles server. Check your connection and try again.",
    http: "The Quiet Circles server answered with an unexpected error (HTTP {{status}}).",
    signIn: "Teams couldn't sign you in to Quiet Circles ({{detail}}).",
  },
} as const;

export default en;

/** The shape every tab language must fill: the same keys as English, any text. */
export type TabStrings = { [K in keyof typeof en]: DeepString<(typeof en)[K]> };
type DeepString<T> = T extends string ? string : { [K in keyof T]: DeepString<T[K]> };
