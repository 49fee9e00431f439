// trivia strings (nl); filled by the game's code.
export default {} as const;
