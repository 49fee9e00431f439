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
      settings: "Cirkelinstellingen",
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
  settings: {
    link: "Instellingen",
    title: "Cirkelinstellingen",
    back: "Terug naar de cirkel",
    loading: "Instellingen laden…",
    error: "De instellingen konden niet worden geladen",
    readOnly: {
      title: "Alleen facilitators kunnen deze instellingen wijzigen",
      facilitators: "Facilitators van deze cirkel: {{names}}.",
      noFacilitators: "Deze cirkel heeft nog geen facilitators.",
    },
    pausedNotice: "De rituelen zijn gepauzeerd: er wordt niets geplaatst tot een facilitator ze hervat.",
    rituals: {
      title: "Rituelen",
      intro: "Zet de momenten aan die je cirkel samen deelt. Tijden zijn in de tijdzone van de cirkel.",
      empty: "Nog geen rituelen om in te stellen",
      daily: "Dagelijks",
      weekly: "Wekelijks",
      monthly: "Maandelijks",
      comingSoon: "Binnenkort",
      time: "Tijd",
      weekday: "Dag",
      nth: "Week van de maand",
      nthOption: {
        first: "Eerste",
        second: "Tweede",
        third: "Derde",
        fourth: "Vierde",
        last: "Laatste",
      },
      rhythm: {
        daily: "Elke werkdag om {{time}}",
        weekly: "Elke {{weekday}} om {{time}}",
        monthly: "{{nth}} {{weekday}} van de maand om {{time}}",
      },
    },
    schedule: {
      title: "Tijd en dagen",
      timeZone: "Tijdzone",
      timeZoneHint: "Rituelen volgen deze tijdzone, ook als de klok verzet wordt.",
      timeZoneSearch: "Typ om te zoeken, bijv. Amsterdam",
      noTimeZone: "Geen tijdzone gevonden",
      workingDays: "Werkdagen",
      workingDaysHint: "Dagelijkse rituelen vinden op deze dagen plaats. Valt een wekelijks ritueel op een vrije dag, dan schuift het naar de werkdag ervoor.",
      quietHours: "Stille uren",
      quietHoursHint: "Tussen deze tijden wordt niets geplaatst.",
      quietFrom: "Van",
      quietUntil: "Tot",
    },
    language: {
      title: "Taal",
      label: "Taal van de cirkel",
      hint: "De taal van de berichten en kaarten van Quiet Circles in dit gesprek.",
    },
    pause: {
      title: "Pauze",
      label: "Alle rituelen pauzeren",
      hint: "Tijdens de pauze wordt niets geplaatst. Na het hervatten gaat elk ritueel verder bij het volgende moment; de momenten ertussen vervallen en komen niet alsnog.",
    },
    upcoming: {
      title: "Volgende momenten",
      timeZone: "In de tijdzone van de cirkel, {{timeZone}}",
      empty: "Nog niets gepland — zet een ritueel aan om het eerste moment te plannen",
      paused: "Niets gepland zolang de rituelen gepauzeerd zijn",
      unsaved: "Sla je wijzigingen op om te zien welke momenten ze plannen.",
    },
    save: {
      label: "Wijzigingen opslaan",
      saving: "Opslaan…",
      discard: "Annuleren",
      unsaved: "Je hebt niet-opgeslagen wijzigingen",
      saved: "Opgeslagen — de volgende momenten zijn bijgewerkt",
      failed: "Je wijzigingen konden niet worden opgeslagen",
    },
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
  policy: {
    back: "Terug naar Quiet Circles",
  },
  privacy: {
    title: "Privacy",
    intro: "Quiet Circles brengt kleine rituelen en spellen naar je Teams-gesprekken. Hier lees je in gewone woorden wat het over je bewaart, waar het dat doet en wat je eraan kunt doen.",
    kept: {
      title: "Wat Quiet Circles bewaart",
      intro: "Elk gesprek waaraan Quiet Circles wordt toegevoegd — een kanaal, groepschat, vergaderchat of persoonlijke chat — krijgt een eigen cirkel. Per cirkel bewaart het:",
      reference: "De gespreksverwijzing: de id's en het serviceadres die de bot nodig heeft om er berichten te plaatsen",
      names: "De namen van het team, het kanaal of de chat, en de tenant-id van je organisatie",
      members: "Van elk lid: de Teams-gebruikers-id, de Microsoft Entra-object-id, de weergavenaam en, als Teams het doorgeeft, het e-mailadres",
      roles: "Ieders rol in de cirkel: facilitator of lid",
      later: "Zodra de cirkel op gang komt, bewaart het ook wat erin gebeurt: zetten in spellen, scores, shoutouts en de geschiedenis van de rituelen.",
    },
    where: {
      title: "Waar het bewaard wordt",
      database: "Alles blijft in de eigen MongoDB-database van je organisatie, of in de ingebouwde gegevensopslag op de server waarop Quiet Circles draait.",
      noThirdParties: "Er gaat niets naar derden, en je gebruik wordt niet gevolgd of geanalyseerd.",
    },
    seen: {
      title: "Wie het kan zien",
      signIn: "Het tabblad meldt je aan via eenmalige aanmelding (single sign-on) van Teams en toont alleen de cirkels waarvan je lid bent.",
      shared: "Wat je in een cirkel deelt, zoals een shoutout, is zichtbaar voor iedereen in die cirkel.",
    },
    removal: {
      title: "Quiet Circles of je gegevens verwijderen",
      inactive: "Wordt Quiet Circles uit een gesprek verwijderd, dan wordt de cirkel als inactief gemarkeerd. De gegevens blijven bewaard, zodat de geschiedenis van de cirkel compleet blijft.",
      ask: "Wil je dat je gegevens worden verwijderd? Vraag het aan de facilitator van je cirkel of aan de Teams-beheerder van je organisatie.",
      coming: "Een optie ‘mijn gegevens verwijderen’ in dit tabblad komt eraan, maar is er nog niet.",
    },
    contact: {
      title: "Vragen",
      body: "Quiet Circles wordt beheerd door de organisatie die het in jouw Teams heeft geïnstalleerd. Met vragen over je gegevens kun je bij hen terecht — meestal is dat je IT-afdeling of Teams-beheerder.",
    },
    termsLink: "Lees de gebruiksvoorwaarden",
  },
  terms: {
    title: "Gebruiksvoorwaarden",
    intro: "Quiet Circles maakt kleine momenten van contact tussen collega's makkelijk. Deze paar afspraken houden het een vriendelijke plek.",
    asIs: {
      title: "Zoals het is",
      body: "Quiet Circles wordt aangeboden zoals het is, door de organisatie die het beheert. Het hoort goed te werken, maar zonder garanties: soms komt een ritueel wat later of hapert een spel.",
    },
    kind: {
      title: "Wees vriendelijk",
      body: "Ga met elkaar om zoals je dat ook in het echt zou doen. Shoutouts zijn openbaar in de cirkel: iedereen erin kan ze zien, dus schrijf ze zoals je ze hardop zou zeggen.",
    },
    personal: {
      title: "Houd gevoelige zaken erbuiten",
      body: "Deel geen gevoelige persoonlijke informatie in spellen of shoutouts, zoals over je gezondheid, je familie of iets anders wat je niet aan het hele team zou vertellen.",
    },
    policies: {
      title: "Het beleid van je organisatie geldt",
      body: "Quiet Circles hoort bij je werkplek, dus het eigen beleid en de gedragscode van je organisatie gelden hier ook.",
    },
    privacyLink: "Lees hoe Quiet Circles met je gegevens omgaat",
  },
  errors: {
    retry: "Opnieuw proberen",
    network: "De Quiet Circles-server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.",
    http: "De Quiet Circles-server gaf een onverwachte fout (HTTP {{status}}).",
    signIn: "Teams kon je niet aanmelden bij Quiet Circles ({{detail}}).",
  },
};

export default nl;
