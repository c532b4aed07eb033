// The work one request may cost the deterministic model: characters of generated output and steps (schema
// nodes visited, NFA steps of patterns). Every size a request controls — minLength, minItems, minProperties,
// nesting, patterns — spends from it before the work is done, so no request can freeze the server.

/** Thrown when a request's generation would pass its budget; the caller answers 400 naming the parameter. */
export class OutOfBudget extends Error {
  constructor() {
    super('[conform] mock: generation budget spent');
    this.name = 'OutOfBudget';
  }
}

export class WorkBudget {
  constructor(
    public chars: number,
    public steps: number,
  ) {}

  /** Takes `chars` characters of output and `steps` steps, or throws OutOfBudget (then nothing is owed). */
  spend(chars: number, steps = 1): void {
    if (chars > this.chars || steps > this.steps) throw new OutOfBudget();
    this.chars -= chars;
    this.steps -= steps;
  }
}

/**
 * One schema instance (a json_schema answer, one tool call's arguments): 64 KiB of JSON, about the 16k-token
 * output cap of gpt-4o-mini, and 2 million steps (tens of milliseconds).
 */
export const INSTANCE_BUDGET = { chars: 64 * 1024, steps: 2_000_000 } as const;

export const instanceBudget = (): WorkBudget => new WorkBudget(INSTANCE_BUDGET.chars, INSTANCE_BUDGET.steps);

/** All of one request's generation: its instances together, and the work of making them. */
export const REQUEST_BUDGET = { chars: 1 << 20, steps: 8_000_000 } as const;

export const requestBudget = (): WorkBudget => new WorkBudget(REQUEST_BUDGET.chars, REQUEST_BUDGET.steps);

/**
 * The most one answer holds, in tokens summed over its choices, a token with logprobs counting once more per
 * alternative (so 20 top_logprobs make a token cost 22): rendering is bounded by what planning allowed.
 */
export const ANSWER_TOKENS = 131_072;

/** Units of answer a token costs: itself, and with logprobs its entry and its alternatives. */
export const tokenWidth = (topLogprobs: number | undefined): number =>
  topLogprobs === undefined ? 1 : 2 + topLogprobs;

/** A request whose answer does not fit the bounds above: answered 400, naming `param`. */
export class AnswerTooLarge extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
    this.name = 'AnswerTooLarge';
  }
}

/** The 400 for a schema none of whose instances fits. */
export function schemaTooLarge(param: string): AnswerTooLarge {
  return new AnswerTooLarge(
    param,
    `Invalid '${param}': the smallest instance of this schema is more than the conform mock answers (${INSTANCE_BUDGET.chars} characters of JSON, about a model's output cap, within ${REQUEST_BUDGET.steps} steps of work). Lower its minItems, minLength or minProperties, or its nesting.`,
  );
}

/** The 400 for an answer past ANSWER_TOKENS, naming what multiplies it. */
export function answerTooLarge(param: string, tokens: number): AnswerTooLarge {
  return new AnswerTooLarge(
    param,
    `Invalid '${param}': the answer would hold more than the conform mock answers in one request: ${ANSWER_TOKENS} tokens, a token with logprobs counted once per alternative, and this one comes to at least ${tokens}. Lower '${param}'.`,
  );
}

/** The 400 for `n` choices whose generation would pass REQUEST_BUDGET. */
export function choicesTooCostly(n: number): AnswerTooLarge {
  return new AnswerTooLarge(
    'n',
    `Invalid 'n': ${n} choices of this schema are more than the conform mock generates for one request (${REQUEST_BUDGET.chars} characters of JSON, ${REQUEST_BUDGET.steps} steps of work). Ask for fewer choices.`,
  );
}
