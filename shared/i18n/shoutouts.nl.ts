// Shoutout strings (Dutch): the posted card, the form and the value tags.

const nl = {
  title: "🎉 Shoutout van {{giver}}",
  to: "Voor {{names}}",
  plusOne: "+1",
  plusOneCount: "+1 · {{count}}",
  delete: "Verwijderen",
  deleted: "{{giver}} heeft deze shoutout verwijderd.",
  form: {
    title: "Bedank iemand in {{circle}}",
    intro: "Kies wie je wilt bedanken en waarvoor. Het wordt hier geplaatst zodat iedereen het ziet.",
    recipients: "Wie",
    message: "Waarvoor",
    messagePlaceholder: "Bedankt voor je hulp bij de release…",
    tag: "Waarde (optioneel)",
    noTag: "Geen waarde",
    send: "Shoutout plaatsen",
    posted: "Geplaatst! Nog iemand bedanken?",
    required: "Vul dit in.",
  },
  note: {
    title: "🎉 {{giver}} bedankt je",
    where: "Gegeven in {{circle}} · hij staat op de shoutoutmuur van de cirkel.",
  },
  tags: {
    "helped-me": "Heeft me geholpen",
    teamwork: "Samenwerking",
    brave: "Moedig",
    kind: "Vriendelijk",
    creative: "Creatief",
  },
} as const;

export default nl;
