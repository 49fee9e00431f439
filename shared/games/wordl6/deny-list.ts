// Words Wordl6 keeps out of its lists, used by scripts/build-wordlists.ts and checked again by the
// tests. Two kinds:
// - offensive (slurs, strong profanity, sexual slang): never an answer and not accepted as a guess
//   either, so no player's view ever shows one;
// - grim (death, disease, violence, weapons, crime, drugs, sex, religion, insults and other heavy or
//   touchy topics): never an answer, but still a valid guess — refusing "murder" as a word would only
//   puzzle people.
// A root matches anywhere inside a word, so only strings that are safe as substrings are roots
// ("kill" would also hit "skill"; "war" would hit "award"); everything else is a whole word.
// Entries are in normalised form: a–z, no diacritics.

import type { Locale } from "../../circles/types";

interface Entries {
  roots: readonly string[];
  words: readonly string[];
}

const offensive: Record<Locale, Entries> = {
  en: {
    roots: [
      "fuck", "shit", "cunt", "nigg", "fagg", "whore", "slut", "bitch", "bastard", "twat", "dildo", "porn",
      "pussy", "penis", "vagina", "boob", "piss", "spastic", "wetback", "jizz", "bollock", "blowjob", "handjob",
      "skank", "schlong", "kike", "negro", "asshole", "arsehole", "dumbass", "scumbag",
    ],
    words: [
      "bugger", "buggers", "buggery", "chink", "chinks", "coon", "coons", "dyke", "dykes", "fag", "fags", "gook",
      "gooks", "honky", "jap", "japs", "lesbo", "midget", "midgets", "paki", "pakis", "spic", "spics", "tits", "titty",
      "turd", "turds", "wop", "wops", "gypsy", "gypsies", "gypped", "retard", "retards", "retarded", "tranny",
      "tosser", "hooker", "hookers", "wank", "wanks", "wanked", "wanker", "wankers", "wanking",
    ],
  },
  nl: {
    roots: ["kanker", "neuk", "kut", "tyfus", "kloot", "klote", "godver", "kolere", "stront", "schijt", "porno"],
    words: [
      "neger", "negers", "negerin", "nikker", "nikkers", "lul", "lullen", "tiet", "tieten", "pis", "pissen", "gepist", "pispaal", "klere",
      "klerelijer", "godsamme", "spast", "spasten", "mongool", "mongolen", "zakkenwasser", "trut", "trutten", "mof",
      "moffen", "wijf", "wijven", "slet", "sletten", "sletje", "tering", "teringlijer", "flikker", "flikkers",
      "hoer", "hoeren", "hoertje", "hoerig",
    ],
  },
};

const grim: Record<Locale, Entries> = {
  en: {
    roots: [
      // death, disease, the body
      "murder", "death", "dead", "dying", "suicid", "corpse", "cancer", "tumo", "virus", "plague", "disease", "infect",
      "blood", "bleed", "funeral", "coffin", "casket", "burial", "buried", "morgue", "hearse", "widow", "orphan",
      "autopsy", "coroner", "cadaver", "skull", "skelet", "surgery", "injur", "trauma", "vomit", "fever", "sicken",
      "ailing", "ailment", "disabl", "cripple", "obese", "syringe",
      // violence, weapons, war
      "weapon", "pistol", "bomb", "missile", "grenade", "sniper", "sword", "dagger", "torture", "terror", "hostage",
      "kidnap", "assault", "abuse", "abort", "battle", "combat", "attack", "invade", "invasion", "soldier", "enemy",
      "defeat", "revolt", "violen", "brutal", "cruel", "massacre", "slaughter", "gunman", "shoot", "hijack", "ambush",
      "assassin", "siege", "bayonet", "nuclear", "atomic", "carnage", "strangl", "drown",
      // crime, drugs
      "addict", "heroin", "cocain", "opium", "opiate", "cannabis", "marijuana", "drug", "liquor", "drunk", "poison",
      "toxic", "toxin", "prison", "jail", "convict", "criminal", "crime", "felon", "fraud", "thief", "thiev", "steal",
      "stole", "burgl", "robber", "vandal", "smuggl", "cartel", "mafia", "ghetto", "bribe", "swindle", "tobacco",
      "cigar", "gamble", "casino", "punish", "arrest", "police", "guilty", "bankrupt", "divorce", "harass", "molest",
      "pervert", "stalker", "bully", "bullies",
      // hate, sex, religion, politics
      "racis", "racial", "ethnic", "nazi", "fascis", "genocid", "slave", "bigot", "sex", "nude", "naked", "condom",
      "virgin", "erotic", "orgy", "brothel", "stripper", "seduc", "mistress", "heresy", "gospel", "sermon", "priest",
      "bishop", "satan", "devil", "islam", "muslim", "christ", "jesus", "pagan", "occult", "vampire", "zombie",
      // heavy moods
      "horror", "horrid", "misery", "dismal", "dreary", "sordid", "filthy", "stupid", "lunatic", "insane", "menace",
      "sinister", "tragic", "tragedy", "grief", "griev", "sorrow", "mourn", "depress", "anxiety", "panic", "fright",
      "scream", "disast", "danger", "hazard", "crisis", "threat", "damage", "insult", "suffer", "famine", "starv",
      "hunger", "poverty", "refugee", "coward", "traitor", "treason", "hatred", "doom", "fatal", "lethal", "mortal",
      "gallow", "noose", "curse", "evil", "wicked", "moron", "idiot", "imbecile", "cretin",
    ],
    words: [
      "kill", "kills", "killed", "killer", "killers", "killing", "war", "wars", "warfare", "warrior", "warlord",
      "sin", "sins", "sinful", "sinned", "sinner", "hell", "hellish", "hate", "hated", "hates", "hateful", "rape",
      "raped", "rapes", "rapist", "riot", "riots", "rioting", "rifle", "rifles", "bullet", "bullets", "grave", "graves",
      "graveyard", "demon", "demons", "demonic", "witch", "witches", "hang", "hanged", "hanging", "weep", "weeps",
      "weeping", "sad", "sadly", "sadden", "sadness", "fat", "fatty", "fatter", "lust", "lustful", "stab", "stabbed",
      "slum", "slums", "jew", "jews", "jewish", "gun", "guns", "gunned", "knife", "knives", "rob", "robbed",
      "army", "armies", "tank", "tanks", "cannon", "cannons", "ammo", "militia", "dictator", "tyrant", "coup",
      "rebel", "rebels", "mutiny", "hostile", "destroy", "ruin", "ruined", "ravage", "havoc", "butcher", "arsenic",
      "cyanide", "anthrax", "venom", "sewage", "vermin", "rat", "rats", "lice", "louse", "flea", "fleas", "leech",
      "maggot", "maggots", "cockroach", "rot", "rotten", "decay", "decayed", "stink", "stinks", "stench", "smelly",
      "snot", "puke", "fart", "poop", "pee", "nausea", "fungus", "wart", "pimple", "acne", "sick", "sickly",
      "sickness", "illness", "ill", "pain", "pains", "painful", "hurt", "hurts", "harm", "harmed", "injury", "scar",
      "scars", "bruise", "bruised", "burn", "burns", "burned", "burnt", "flu", "cough", "measles", "mumps", "rabies",
      "leprosy", "malaria", "cholera", "typhus", "polio", "diabetes", "asthma", "stroke", "strokes", "seizure",
      "coma", "dementia", "crazy", "mad", "madman", "maniac", "psycho", "nutter", "loony", "weirdo", "freak",
      "freaks", "loser", "losers", "liar", "liars", "cheat", "cheats", "cheater", "betray", "scam", "scams", "hoax",
      "greed", "greedy", "envy", "jealous", "spite", "revenge", "avenge", "feud", "fight", "fights", "fought",
      "punch", "slap", "smack", "beat", "beaten", "beating", "whip", "whipped", "flog", "lash", "choke", "choked",
      "victim", "victims", "casualty", "wounded", "wound", "wounds", "raid", "raids", "trench", "tribal", "savage",
      "savages", "barbaric", "slavery", "colony", "colonial", "empire", "native", "natives", "french", "scotch",
      "guinea", "beer", "beers", "wine", "wines", "vodka", "whisky", "whiskey", "brandy", "rum", "gin", "lager",
      "booze", "boozer", "hangover", "smoke", "smoker", "smoking", "vape", "coke", "crack", "weed", "meth", "dope",
      "junkie", "pusher", "dealer", "debt", "debts", "beggar", "beggars", "homeless", "lawsuit", "sue", "sued",
      "jury", "verdict", "execute", "executed", "execution", "penalty", "fined", "ass", "asses", "arse", "arses",
      "cock", "cocks", "dick", "dicks", "prick", "pricks", "damn", "damned", "crap", "crappy", "bloody", "queer",
      "queers", "homo", "homos", "sodomy", "tramp", "tramps", "wench", "harlot", "hussy", "breast", "breasts",
      "buttock", "buttocks", "bowel", "bowels", "urine", "faeces", "feces", "sperm", "semen", "womb", "pubic",
      "scrotum", "anal", "anus", "rectum", "enema", "tampon", "bra", "bras", "panties", "lingerie", "thong", "affair",
      "affairs", "lover", "lovers", "escort", "pimp", "bigamy", "church", "bible", "koran", "prayer", "pray", "god",
      "gods", "goddess", "divine", "holy", "sacred", "heaven", "saint", "saints", "nun", "nuns", "monk", "monks",
      "mosque", "temple", "chapel", "altar", "cult", "cults", "idol", "idols", "pope", "popes", "politics", "vote",
      "voting", "election", "communist", "abyss", "inferno", "damnation", "monster", "monsters", "beast", "beasts",
      "ghost", "ghosts", "ghoul", "creep", "creepy", "scary", "scare", "scared", "afraid", "fear", "feared", "fool",
      "foolish", "dumb", "ugly", "spy", "spies", "exile", "deport", "pirate", "pirates", "bandit", "bandits", "gang",
      "gangs", "wreck", "wrecked", "crash", "crashed", "lonely", "pills", "demise", "inject", "kidney", "needle",
      "toilet", "regime", "preach", "repent", "offend",
    ],
  },
  nl: {
    roots: [
      // death, disease, the body
      "moord", "dood", "doden", "sterf", "sterv", "ziekte", "zieken", "tumor", "virus", "griep", "koorts", "pest", "lepra", "aids",
      "corona", "begraf", "begraaf", "lijkw", "rouw", "weduw", "letsel", "pijn", "verwond", "operatie", "chirurg",
      "braak", "kots", "poep", "zweet", "snot", "urine", "schimmel", "puist", "verslaaf", "pillen",
      // violence, weapons, war, crime
      "oorlog", "wapen", "geweer", "pistool", "kogel", "granaat", "bombard", "zwaard", "dolk", "geweld", "vecht",
      "schiet", "verkracht", "misbruik", "gevang", "misdaad", "crimin", "dief", "diev", "overval", "inbraak",
      "fraude", "terreur", "terror", "gijzel", "ontvoer", "marteling", "gemarteld", "soldaat", "soldat", "vijand",
      "aanval", "verraad", "spion", "bende", "maffia", "slacht", "explos", "dreig", "straf", "arrest", "politie",
      "vonnis", "failliet", "werkloos", "ontslag",
      // drugs, drink, gambling
      "drugs", "heroine", "cocaine", "alcohol", "dronk", "jenever", "wodka", "whisky", "tabak", "sigar", "sigaret",
      "casino", "gokken", "gokker",
      // hate, sex, religion, politics
      "racis", "nazi", "fascis", "slaaf", "slavern", "seks", "naakt", "erotisch", "minnaar", "minnares", "overspel",
      "vreemdgaan", "duivel", "satan", "zonde", "heks", "vloek", "kerk", "bijbel", "koran", "moskee", "heilig",
      "priester", "bisschop", "monnik", "gebed", "jezus", "christ", "islam", "moslim", "joods", "sekte", "verkiez",
      "politiek",
      // heavy moods
      "honger", "armoede", "ramp", "haat", "woede", "angst", "paniek", "verdriet", "treur", "huil", "somber",
      "eenzaam", "depress", "lelijk", "smerig", "stink", "ongeluk", "schade", "gevaar", "crisis", "ruzie", "debiel",
      "monster", "spook",
    ],
    words: [
      "ziek", "zieke", "zieker", "lijk", "lijken", "mes", "messen", "bom", "bommen", "cel", "cellen", "graf", "grafsteen", "grafkist", "wees",
      "weeskind", "weeshuis", "hel", "hels", "demon", "demonen", "wond", "wonden", "gewond", "wondje", "gif",
      "giftig", "eng", "enge", "enger", "engerd", "stom", "stomme", "stommerik", "dom", "domme", "domoor", "dik",
      "dikke", "dikzak", "vies", "vieze", "plas", "plassen", "rat", "ratten", "luis", "luizen", "rot", "rotte",
      "rotzooi", "paus", "pausen", "non", "nonnen", "bid", "bidden", "bil", "billen", "borst", "borsten", "kont",
      "reet", "pik", "pikken", "eikel", "eikels", "sukkel", "sukkels", "teef", "teven", "homo", "homos", "lullig",
      "verdomme", "verdomd", "kater", "bier", "bieren", "wijn", "wijnen", "roken", "rookt", "roker", "joden", "jood",
      "god", "goden", "godin", "engel", "engelen", "jacht", "jager", "jagers", "leger", "legers", "kapot", "puin",
      "ruine", "bloed", "bloeden", "bloedt", "boete", "boetes", "schuld", "schulden", "proces", "rechter",
    ],
  },
};

function matches(word: string, entries: Entries): boolean {
  return entries.words.includes(word) || entries.roots.some((root) => word.includes(root));
}

/** A slur, strong profanity or sexual slang: in no list, neither answer nor guess. */
export function isOffensive(word: string, locale: Locale): boolean {
  return matches(word, offensive[locale]);
}

/** A word too heavy or touchy for a daily team game's answer (it stays a valid guess). */
export function isGrim(word: string, locale: Locale): boolean {
  return matches(word, grim[locale]);
}
