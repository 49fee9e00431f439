// games strings (en); filled by the game's code.
export default {} as const;
