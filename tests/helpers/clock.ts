// A clock the tests move by hand, handed to code that takes `now` (the server, a scheduler).

export interface TestClock {
  now(): Date;
  set(to: Date): void;
  advance(ms: number): void;
}

export function clockAt(start: Date): TestClock {
  let current = start;
  return {
    now: () => current,
    set: (to) => {
      current = to;
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}
