// The request budget is exact: the run as a whole never sends more than --budget requests, and each
// probe never sends more than the cost() it declared (so concurrent probes cannot starve each other).
export class Budget {
  used = 0;
  refused = 0;
  constructor(readonly limit: number | undefined) {}

  take(): boolean {
    if (this.limit !== undefined && this.used >= this.limit) {
      this.refused++;
      return false;
    }
    this.used++;
    return true;
  }
}

/** a probe's allowance: the requests its cost() declared, drawn from the run's budget */
export class Allowance {
  used = 0;
  constructor(
    readonly probeId: string,
    readonly declared: number,
    private readonly budget: Budget,
  ) {}

  /** undefined when the request may be sent, else why not */
  take(): string | undefined {
    if (this.used >= this.declared) {
      return `[conform] probe ${this.probeId} tried to send request ${this.used + 1} but its cost() declared ${this.declared}. Fix cost() in the probe so the budget stays exact.`;
    }
    if (!this.budget.take())
      return `[conform] request refused: the --budget of ${this.budget.limit} requests is used up.`;
    this.used++;
    return undefined;
  }
}

export class BudgetRefusal extends Error {
  override name = 'BudgetRefusal';
}

/** the target stopped answering (see session health): remaining requests are not sent */
export class TargetDead extends Error {
  override name = 'TargetDead';
}
