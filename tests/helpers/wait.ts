// Waits for something the server does after it has answered (a note sent, a card updated, a
// scheduler tick): polls until `find` returns a value other than undefined or false.

export async function eventually<T>(find: () => T | undefined | false | Promise<T | undefined | false>, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = await find();
    if (found !== undefined && found !== false) return found;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
