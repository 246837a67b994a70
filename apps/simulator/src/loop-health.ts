/** How the simulator itself keeps up, per progress window. */
export interface LoopWindow {
  /** Latest a send slot fired after its time (event loop busy), ms. */
  maxLateMs: number;
  /** Longest simulation step (movement, adverts, radio), ms. */
  maxStepMs: number;
  /** CPU time of this process over the window, as % of one core. */
  cpuPct: number;
}

/** Collects lateness, step times and CPU use between calls to `take`. */
export class LoopHealth {
  private maxLateMs = 0;
  private maxStepMs = 0;
  private cpu = process.cpuUsage();
  private windowStartMs: number;

  constructor(nowMs: number) {
    this.windowStartMs = nowMs;
  }

  noteLate(ms: number): void {
    this.maxLateMs = Math.max(this.maxLateMs, ms);
  }

  noteStep(ms: number): void {
    this.maxStepMs = Math.max(this.maxStepMs, ms);
  }

  take(nowMs: number): LoopWindow {
    const used = process.cpuUsage(this.cpu);
    const window: LoopWindow = {
      maxLateMs: Math.round(this.maxLateMs),
      maxStepMs: Math.round(this.maxStepMs),
      cpuPct: Math.round((used.user + used.system) / 10 / Math.max(1, nowMs - this.windowStartMs)),
    };
    this.cpu = process.cpuUsage();
    this.windowStartMs = nowMs;
    this.maxLateMs = 0;
    this.maxStepMs = 0;
    return window;
  }
}
