// Role card and Perspectives strings (Dutch): the role card form, the card that opens it in a
// group, and the monthly spotlight.

import type { RoleStrings } from "./roles.en";

const nl: RoleStrings = {
  questions: {
    cares: "Waar ik in mijn werk het meest om geef",
    why: "Waarom dat ertoe doet",
    help: "Hoe je mij kunt helpen",
  },
  form: {
    title: "Je rolkaart",
    intro: "Laat collega's zien waar je rol om geeft, en waarom. Je kaart staat in het tabblad van elke cirkel waar je in zit.",
    role: "Je rol",
    rolePlaceholder: "Bijvoorbeeld: Product owner",
    caresPlaceholder: "Waar ik steeds op terugkom…",
    whyPlaceholder: "Omdat…",
    helpPlaceholder: "Laat het me vroeg weten als…",
    answersHint: "Beantwoord één, twee of alle drie de vragen.",
    spotlight: "Mijn kaart mag in de schijnwerpers staan bij het maandelijkse ritueel Perspectieven, met mij @genoemd zodat collega's me er vragen over kunnen stellen",
    spotlightHint: "Staat uit tenzij je het aanzet. Je kunt het hier altijd wijzigen.",
    ownView: "Alleen jij ziet dit formulier tot je opslaat.",
    save: "Rolkaart opslaan",
    delete: "Rolkaart verwijderen",
    required: "Vul dit in, alsjeblieft.",
    savedSpotlight: "Opgeslagen. Je kaart staat in je cirkels en kan in de schijnwerpers komen bij Perspectieven.",
    savedQuiet: "Opgeslagen. Je kaart staat in je cirkels; hij komt niet in de schijnwerpers.",
    deleted: "Je rolkaart is verwijderd. Toch niet? Je antwoorden staan hieronder nog — druk op Opslaan om ze te bewaren.",
  },
  open: {
    title: "Rolkaarten",
    intro: "Waar geeft jouw rol het meest om, en waarom? Vul je rolkaart in, zodat collega's de mens achter de functietitel zien.",
    private: "Het formulier opent in je eigen weergave: anderen zien het niet.",
    button: "Mijn rolkaart openen",
  },
  command: {
    deleted: "Je rolkaart is verwijderd. Typ **rol** om een nieuwe te maken.",
  },
  perspectives: {
    title: "Perspectieven",
    spotlight: "Deze maand in de schijnwerpers: {{name}}, **{{role}}**",
    ask: "Stel {{name}} een vraag in de reacties: wat wil je weten over dit werk?",
    late: "Later geplaatst: de app was offline op het geplande moment.",
    emptyTitle: "Perspectieven: wie begint?",
    empty:
      "Nog niemand in deze cirkel heeft een rolkaart die in de schijnwerpers mag. Vul de jouwe in — waar je rol het meest om geeft en waarom — en zet de schijnwerper aan. De volgende keer wordt er één hier gedeeld.",
    fillIn: "Mijn rolkaart invullen",
    closed: "Deze sessie van Perspectieven is gesloten. De rolkaarten blijven in het tabblad.",
  },
};

export default nl;
