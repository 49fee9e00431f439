// Dutch strings for the bot's cards and messages.

import type { BotStrings } from "./bot.en";

const nl: BotStrings = {
  circle: {
    general: "Algemeen",
    groupChat: "Groepschat",
    meetingChat: "Vergaderchat",
    personal: "Persoonlijke cirkel",
  },
  welcome: {
    title: "Quiet Circles is er",
    intro:
      "Kleine, vaste momenten van verbinding voor {{circle}}: een spelletje van vijf minuten, een shoutout, een wandeling met een gesprek. Regelmaat wint van omvang.",
    introPersonal:
      "Dit is je persoonlijke plek in Quiet Circles: speel de dagelijkse spellen voor jezelf en bekijk je cirkels en shoutouts. Voeg mij toe aan een kanaal, groepschat of vergadering om een cirkel met collega's te beginnen.",
    facilitator: "{{name}} heeft mij toegevoegd en is de facilitator van deze cirkel.",
    next: "Rituelen en spellen worden binnenkort in deze cirkel ingesteld. Typ tot die tijd **help** om te zien wat ik kan.",
    helpButton: "Wat kun je?",
  },
  help: {
    title: "Wat Quiet Circles kan",
    intro: "Noem mij in een kanaal (@Quiet Circles help); in chats typ je gewoon de opdracht.",
    commands: {
      help: "Dit overzicht tonen.",
      setup: "Rituelen aan- of uitzetten en hun tijden instellen (facilitators).",
      trivia: "Speel de Daily Trivia van vandaag: vijf vragen, vijf minuten.",
      wordl6: "Speel de Wordl6 van vandaag: raad het woord van zes letters.",
      shoutout: "Bedank een collega waar de hele cirkel bij is.",
    },
    soon: "Binnenkort",
    available: "Nu beschikbaar",
    unknown: "Ik herkende \"{{text}}\" niet. Dit kan ik:",
    tab: "Voeg het tabblad Quiet Circles toe aan dit gesprek om de geschiedenis en de shoutoutmuur van de cirkel te zien.",
  },
  error: {
    turn: "Sorry, er ging bij ons iets mis. Probeer het zo nog eens. (referentie {{ref}})",
  },
};

export default nl;
