import type { Random } from '../random/seeded-random';

/**
 * A value that wanders around a mean and relaxes back to it (an Ornstein–Uhlenbeck process), which is
 * how a well-controlled temperature or humidity looks over hours.
 */
export class DriftingValue {
  private offset: number;

  constructor(
    private readonly mean: number,
    private readonly sigma: number,
    private readonly relaxS: number,
    private readonly random: Random,
  ) {
    this.offset = sigma * random.gaussian();
  }

  get value(): number {
    return this.mean + this.offset;
  }

  advance(dtS: number): number {
    if (dtS > 0) {
      const decay = Math.exp(-dtS / this.relaxS);
      this.offset = this.offset * decay + this.sigma * Math.sqrt(1 - decay * decay) * this.random.gaussian();
    }
    return this.value;
  }
}
