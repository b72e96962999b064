/** Injected wherever "now" matters, so tests can move time instead of waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function today(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}
