// The server's life for the load balancer and for a graceful stop: requests in flight are
// counted, and once the server drains, new work is refused (503 with Retry-After) while the
// requests already running — and the bot turns inside them — are waited for, up to a bound.

export class Lifecycle {
  private state: "running" | "draining" = "running";
  private active = 0;
  private waiters: (() => void)[] = [];

  /** False once draining started: readiness answers 503 and new requests are refused. */
  get accepting(): boolean {
    return this.state === "running";
  }

  get inFlight(): number {
    return this.active;
  }

  /** Counts one piece of work; call the returned function (once) when it is done. */
  enter(): () => void {
    this.active++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.active--;
      if (this.active === 0) for (const wake of this.waiters.splice(0)) wake();
    };
  }

  /** Stops taking new work. */
  drain(): void {
    this.state = "draining";
  }

  /** Resolves true when nothing is in flight, or false after `timeoutMs` with work still running. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.active === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== done);
        resolve(false);
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.waiters.push(done);
    });
  }
}
