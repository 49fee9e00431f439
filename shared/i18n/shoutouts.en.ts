// Shoutout strings (English): the posted card, the form and the value tags.

const en = {
  title: "🎉 Shoutout from {{giver}}",
  to: "To {{names}}",
  plusOne: "+1",
  plusOneCount: "+1 · {{count}}",
  delete: "Delete",
  deleted: "{{giver}} deleted this shoutout.",
  form: {
    title: "Thank someone in {{circle}}",
    intro: "Pick who you want to thank and say what for. It is posted here for everyone to see.",
    recipients: "Who",
    message: "What for",
    messagePlaceholder: "Thanks for helping with the release…",
    tag: "Value (optional)",
    noTag: "No value",
    send: "Post shoutout",
    posted: "Posted! Thank someone else?",
    required: "Please fill this in.",
  },
  note: {
    title: "🎉 {{giver}} thanked you",
    where: "Given in {{circle}} · it is on the circle's shoutout wall.",
  },
  tags: {
    "helped-me": "Helped me",
    teamwork: "Teamwork",
    brave: "Brave",
    kind: "Kind",
    creative: "Creative",
  },
} as const;

export default en;
