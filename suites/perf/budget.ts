// --budget: a hard cap on HTTP requests, every attempt counted (warm-up, probes and retries too).
export class RequestBudget {
  used = 0;
  cut = 0;
  constructor(readonly cap: number = Infinity) {}

  /** Takes one request; false (and counted as cut) once the cap is reached. */
  take(): boolean {
    if (this.used >= this.cap) {
      this.cut++;
      return false;
    }
    this.used++;
    return true;
  }
}
