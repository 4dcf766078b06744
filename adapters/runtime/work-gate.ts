/**
 * A cap on work in flight, shared by every chat adapter: past it, a new question is
 * turned away at once with a short "busy" note instead of piling up behind the others
 * (and a slow Slack or Discord API cannot make the process queue without bound).
 * Shutdown waits on it so answers in flight are finished before the process exits.
 */

export interface WorkGate {
  /** Takes a place if one is free; every true must be followed by one `leave()`. */
  tryEnter(): boolean;
  leave(): void;
  readonly active: number;
  /** Resolves when no work is in flight. */
  idle(): Promise<void>;
}

/** What a user is told when the bot is at capacity. */
export const BUSY_NOTE = "I'm answering a lot of questions right now. Please try again in a few seconds.";

/** Creates a gate admitting at most `max` pieces of work at once. */
export function createWorkGate(max: number): WorkGate {
  if (!(Number.isInteger(max) && max >= 1)) throw new Error(`work-gate: max must be a whole number of at least 1, got ${max}`);
  let active = 0;
  let waiters: (() => void)[] = [];
  return {
    tryEnter() {
      if (active >= max) return false;
      active++;
      return true;
    },
    leave() {
      active = Math.max(0, active - 1);
      if (active === 0) {
        for (const wake of waiters) wake();
        waiters = [];
      }
    },
    get active() {
      return active;
    },
    idle: () => (active === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
  };
}

/** Runs `work` inside the gate, or `turnAway` when it is full (or there is no gate: just runs). */
export async function withinGate(gate: WorkGate | undefined, work: () => Promise<void>, turnAway: () => Promise<unknown>): Promise<void> {
  if (!gate) return work();
  if (!gate.tryEnter()) {
    await turnAway();
    return;
  }
  try {
    await work();
  } finally {
    gate.leave();
  }
}
