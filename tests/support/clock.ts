import type { Clock } from '../../subgraphs/shared/clock';

/** A clock tests move by hand: deadlines and retention are tested without waiting. */
export class TestClock implements Clock {
  constructor(private current = new Date('2026-11-26T09:00:00Z')) {}
  now(): Date { return new Date(this.current); }
  set(iso: string): void { this.current = new Date(iso); }
  advanceDays(days: number): void { this.current = new Date(this.current.getTime() + days * 86_400_000); }
}
