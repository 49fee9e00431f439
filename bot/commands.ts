// What people can type to the bot. Parsing is pure: text in (mention already stripped), command out.

export type CommandName = "help" | "setup" | "pause" | "resume" | "next" | "trivia" | "wordl6" | "leaderboard" | "shoutout" | "role" | "truths" | "pairs" | "globe" | "puzzle";

export interface CommandInfo {
  name: CommandName;
  /** Other words for the same command. */
  aliases?: readonly string[];
  /** False until the capability behind it has landed; the help card says "coming soon". */
  available: boolean;
}

export const commandCatalog: readonly CommandInfo[] = [
  { name: "help", available: true },
  { name: "setup", aliases: ["rituals"], available: true },
  { name: "next", available: true },
  { name: "pause", available: true },
  { name: "resume", available: true },
  { name: "trivia", aliases: ["quiz"], available: true },
  { name: "wordl6", aliases: ["wordle"], available: true },
  { name: "globe", aliases: ["walktheglobe", "wereldreis"], available: true },
  { name: "puzzle", aliases: ["puzzel", "teampuzzle", "teampuzzel"], available: true },
  { name: "leaderboard", available: true },
  { name: "shoutout", available: true },
  { name: "role", aliases: ["rol", "rolecard", "rolkaart"], available: true },
  { name: "truths", aliases: ["twotruths", "waarheden"], available: true },
  { name: "pairs", aliases: ["pair", "walk", "wandel", "wandelen", "duo"], available: true },
];

export type ParsedCommand = { name: CommandName; available: boolean; args: string } | { name: "unknown"; text: string };

/** Recognises the first word (case-insensitive, "/help" and "help!" too); the rest is arguments. */
export function parseCommand(text: string): ParsedCommand {
  const clean = text.replace(/\u00a0/g, " ").replace(/<[^>]*>/g, "").trim();
  const match = /^\/?([\p{L}\p{N}]+)[!?.]*(?:\s+([\s\S]*))?$/u.exec(clean);
  const word = match?.[1]?.toLowerCase();
  const known = commandCatalog.find((command) => command.name === word || command.aliases?.includes(word ?? ""));
  if (known) return { name: known.name, available: known.available, args: (match?.[2] ?? "").trim() };
  return { name: "unknown", text: clean.slice(0, 80) };
}
