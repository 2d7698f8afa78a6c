/**
 * Simulated time. Service state is evolved lazily from this clock whenever a request arrives, so a test
 * that sets speed 0 and calls advance() sees exactly the same history on every run.
 */
export interface SimClockOptions {
  /** Sim time (epoch ms) at start. */
  startTime?: number;
  /** Sim milliseconds per real millisecond; 0 freezes time so only advance() moves it. */
  speed?: number;
  /** Real time source; injectable so the clock itself can be tested without waiting. */
  realNow?: () => number;
}

export class SimClock {
  private readonly realNow: () => number;
  private anchorReal: number;
  private anchorSim: number;
  private currentSpeed: number;

  constructor(options: SimClockOptions = {}) {
    this.realNow = options.realNow ?? Date.now;
    this.anchorReal = this.realNow();
    this.anchorSim = options.startTime ?? Math.floor(this.anchorReal / 1000) * 1000;
    this.currentSpeed = validSpeed(options.speed ?? 1);
  }

  /** Current sim time in epoch milliseconds (whole ms, never decreasing). */
  now(): number {
    return Math.floor(this.anchorSim + (this.realNow() - this.anchorReal) * this.currentSpeed);
  }

  get speed(): number {
    return this.currentSpeed;
  }

  setSpeed(speed: number): void {
    // Re-anchor so time already elapsed keeps the old rate.
    this.anchorSim = this.now();
    this.anchorReal = this.realNow();
    this.currentSpeed = validSpeed(speed);
  }

  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance() needs a non-negative number of ms, got ${ms}`);
    this.anchorSim += ms;
    return this.now();
  }
}

function validSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed < 0) throw new RangeError(`clock speed must be a finite number >= 0, got ${speed}`);
  return speed;
}
