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
      settings: "Circle settings",
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
  settings: {
    link: "Settings",
    title: "Circle settings",
    back: "Back to the circle",
    loading: "Loading the settings…",
    error: "Couldn't load the settings",
    readOnly: {
      title: "Only facilitators can change these settings",
      facilitators: "Facilitators of this circle: {{names}}.",
      noFacilitators: "This circle has no facilitators yet.",
    },
    pausedNotice: "Rituals are paused: nothing is posted until a facilitator resumes them.",
    rituals: {
      title: "Rituals",
      intro: "Switch on the moments your circle shares. Times are in the circle's time zone.",
      empty: "No rituals to set up yet",
      daily: "Daily",
      weekly: "Weekly",
      monthly: "Monthly",
      comingSoon: "Coming soon",
      time: "Time",
      weekday: "Day",
      nth: "Week of the month",
      nthOption: {
        first: "First",
        second: "Second",
        third: "Third",
        fourth: "Fourth",
        last: "Last",
      },
      rhythm: {
        daily: "Every working day at {{time}}",
        weekly: "Every {{weekday}} at {{time}}",
        monthly: "{{nth}} {{weekday}} of the month at {{time}}",
      },
    },
    schedule: {
      title: "Time and days",
      timeZone: "Time zone",
      timeZoneHint: "Rituals follow this time zone, also when the clocks change.",
      timeZoneSearch: "Type to search, e.g. Amsterdam",
      noTimeZone: "No time zone matches",
      workingDays: "Working days",
      workingDaysHint: "Daily rituals run on these days. A weekly ritual on a day off moves to the working day before.",
      quietHours: "Quiet hours",
      quietHoursHint: "Nothing is posted between these times.",
      quietFrom: "From",
      quietUntil: "Until",
    },
    language: {
      title: "Language",
      label: "Language of the circle",
      hint: "The language of Quiet Circles' messages and cards in this conversation.",
    },
    pause: {
      title: "Pause",
      label: "Pause all rituals",
      hint: "While paused, nothing is posted. After you resume, each ritual picks up at its next moment; the ones in between are skipped, not posted late.",
    },
    upcoming: {
      title: "Next moments",
      timeZone: "In the circle's time zone, {{timeZone}}",
      empty: "Nothing planned yet — switch on a ritual to plan its first moment",
      paused: "Nothing planned while the rituals are paused",
      unsaved: "Save your changes to see the moments they plan.",
    },
    save: {
      label: "Save changes",
      saving: "Saving…",
      discard: "Discard",
      unsaved: "You have unsaved changes",
      saved: "Saved — the next moments are up to date",
      failed: "Couldn't save your changes",
    },
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
  policy: {
    back: "Back to Quiet Circles",
  },
  privacy: {
    title: "Privacy",
    intro: "Quiet Circles brings small rituals and games to your Teams conversations. Here is, in plain words, what it keeps about you, where it keeps it, and what you can do about it.",
    kept: {
      title: "What Quiet Circles keeps",
      intro: "Every conversation Quiet Circles is added to — a channel, group chat, meeting chat or personal chat — gets its own circle. For each circle it keeps:",
      reference: "The conversation reference: the ids and the service address the bot needs to post messages there",
      names: "The names of the team, channel or chat, and your organisation's tenant id",
      members: "For each member: their Teams user id, Microsoft Entra object id, display name and, when Teams provides it, email address",
      roles: "Each person's role in the circle: facilitator or member",
      later: "Once the circle gets going, it also keeps what happens in it: game moves, scores, shoutouts and the history of its rituals.",
    },
    where: {
      title: "Where it is kept",
      database: "Everything stays in your organisation's own MongoDB database, or in the embedded data store on the server that runs Quiet Circles.",
      noThirdParties: "Nothing is sent to third parties, and there is no tracking and no analytics.",
    },
    seen: {
      title: "Who can see it",
      signIn: "The tab signs you in with Teams single sign-on and only shows the circles you are a member of.",
      shared: "What you share in a circle, such as a shoutout, is visible to everyone in that circle.",
    },
    removal: {
      title: "Removing Quiet Circles or your data",
      inactive: "When Quiet Circles is removed from a conversation, its circle is marked inactive. Its data is kept, so the circle's history stays complete.",
      ask: "Would you like your data removed? Ask your circle's facilitator or your organisation's Teams administrator.",
      coming: "A “remove my data” option in this tab is coming, but it isn't here yet.",
    },
    contact: {
      title: "Questions",
      body: "Quiet Circles is run by the organisation that installed it in your Teams. For any question about your data, contact them — usually your IT department or Teams administrator.",
    },
    termsLink: "Read the terms of use",
  },
  terms: {
    title: "Terms of use",
    intro: "Quiet Circles is here to make small moments of connection between colleagues easy. These few terms keep it a friendly place.",
    asIs: {
      title: "Provided as it is",
      body: "Quiet Circles is provided as-is by the organisation that runs it. It should work well, but without guarantees: now and then a ritual may be late or a game may hiccup.",
    },
    kind: {
      title: "Be kind",
      body: "Treat each other as you would face to face. Shoutouts are public in the circle: everyone in it can see them, so write them as you would say them out loud.",
    },
    personal: {
      title: "Keep sensitive details out",
      body: "Don't share sensitive personal information in games or shoutouts, such as health, family matters or anything else you wouldn't tell the whole team.",
    },
    policies: {
      title: "Your organisation's policies apply",
      body: "Quiet Circles is part of your workplace, so your organisation's own policies and code of conduct apply here too.",
    },
    privacyLink: "Read how Quiet Circles handles your data",
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
