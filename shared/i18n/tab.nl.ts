// Dutch strings for the tab ("tab" namespace); typed against English so a missing key fails the build.

import type { TabStrings } from "./tab.en";

const nl: TabStrings = {
  app: {
    connecting: "Verbinden met Microsoft Teams…",
  },
  preview: {
    body: "<strong>Lokale preview</strong> — niet aangemeld bij Teams; je ziet cirkels uit de lokale gegevensopslag",
    navLabel: "Previewpagina's",
    nav: {
      circle: "Cirkel",
      me: "Mijn cirkels",
      config: "Tabinstellingen",
    },
    checking: "Nagaan hoe deze server draait…",
    sessionError: "De lokale preview kon niet starten",
  },
  openInTeams: {
    title: "Open Quiet Circles in Microsoft Teams",
    body: "Deze server is gekoppeld aan Microsoft Teams, dus het tabblad werkt alleen in Teams, waar het weet wie je bent. Voeg Quiet Circles toe aan een kanaal, groepschat of vergadering en open daar het tabblad.",
  },
  picker: {
    label: "Cirkel om te bekijken",
    placeholder: "Kies een cirkel",
    loading: "Cirkels laden…",
    empty: "Nog geen cirkels in de lokale gegevensopslag — voeg de bot eerst toe aan een gesprek, dan verschijnt die hier",
    error: "De cirkels konden niet worden geladen",
  },
  circle: {
    kind: {
      channel: "Kanaal",
      groupChat: "Groepschat",
      personal: "Persoonlijke chat",
      meeting: "Vergaderchat",
    },
    memberCount_one: "{{count}} lid",
    memberCount_other: "{{count}} leden",
    addedOn: "Toegevoegd op {{date}}",
    inactive: "Inactief",
    inactiveHint: "Quiet Circles is uit dit gesprek verwijderd",
    loading: "Cirkel laden…",
    error: "Deze cirkel kon niet worden geladen",
    none: {
      title: "Hier is geen cirkel",
      body: "Dit tabblad toont de cirkel van een kanaal, groepschat of vergadering. Voeg Quiet Circles aan een daarvan toe om de cirkel te zien.",
    },
  },
  people: {
    title: "Mensen",
    facilitators: "Facilitators",
    members: "Leden",
    noFacilitators: "Nog geen facilitators",
    noMembers: "Nog geen leden — ze verschijnen zodra Quiet Circles ziet wie er in het gesprek zit",
  },
  history: {
    title: "Geschiedenis",
    empty: "Nog geen sessies — het eerste ritueel verschijnt hier",
  },
  shoutouts: {
    title: "Shoutoutmuur",
    empty: "Nog geen shoutouts — bedankjes in deze cirkel verschijnen hier",
  },
  myCircles: {
    title: "Mijn cirkels",
    listLabel: "Cirkels waar je bij hoort",
    loading: "Je cirkels laden…",
    empty: "Je zit nog niet in een cirkel — voeg Quiet Circles toe aan een kanaal, groepschat of vergadering om er een te beginnen",
    error: "Je cirkels konden niet worden geladen",
  },
  config: {
    title: "Quiet Circles voor dit gesprek",
    intro: "Dit tabblad toont de cirkel van het gesprek: de mensen erin en de facilitators, de geschiedenis van de rituelen en de shoutoutmuur.",
    history: "De geschiedenis bewaart elke sessie van een ritueel, met de uitslag en wie er meededen.",
    shoutouts: "De shoutoutmuur toont de bedankjes die collega's elkaar geven, nieuwste eerst.",
    save: "Kies Opslaan om het tabblad toe te voegen.",
    previewNote: "In Teams verschijnt deze pagina wanneer iemand het tabblad toevoegt; hier staat ze alleen ter referentie.",
  },
  errors: {
    retry: "Opnieuw proberen",
    network: "De Quiet Circles-server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.",
    http: "De Quiet Circles-server gaf een onverwachte fout (HTTP {{status}}).",
    signIn: "Teams kon je niet aanmelden bij Quiet Circles ({{detail}}).",
  },
};

export default nl;
