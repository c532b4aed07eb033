// runConform(): preflight, plan, send the probes through a pool, grade every selected check, build results.
import type { Check, Probe, Results, RunContext, Transcript, TranscriptSet } from './types.ts';
import type { ProgressEvent, RunOptions } from './options.ts';
import { DEFAULTS } from './options.ts';
import { allChecks, allProbes } from '../checks/index.ts';
import { BURST_RPM, startBundledMock, MOCK_KEY, type BundledMock } from './bundled-mock.ts';
import { createSession, sdkInfo, type Session } from './session.ts';
import type { TransportLimits } from './transport/http.ts';
import { preflight } from './preflight.ts';
import { neededProbes, plan, sizePropertyRuns, type PlannedProbe } from './planner.ts';
import { pool } from './pool.ts';
import { Allowance, BudgetRefusal } from './budget.ts';
import { createProbeIO } from './probe-io.ts';
import { verdictFor } from './grade.ts';
import { summarize, TOOL_NAME, TOOL_VERSION, writeResultsJson } from './results.ts';
import { resolveSelection, type Selection } from './selection.ts';
import { ConfigError } from './config-error.ts';
import { storedTranscripts } from './stored-copy.ts';

/** used when no key is given for a real target: some local servers need none */
export const NO_KEY = 'conform-no-key';

export async function runConform(options: RunOptions = {}): Promise<Results> {
  const checks = options.checks ?? allChecks;
  const probes = options.probes ?? allProbes;
  const sel = resolveSelection(options, checks); // throws ConfigError before any request
  const startedAt = new Date();
  const t0 = performance.now();
  let mock: BundledMock | undefined;
  let burstMock: BundledMock | undefined;
  let baseUrl = options.baseUrl;
  const apiKey = options.apiKey ?? (baseUrl ? NO_KEY : MOCK_KEY);
  try {
    if (!baseUrl) {
      mock = await startBundledMock(apiKey, options.mock);
      baseUrl = mock.url;
      // an rpm the caller chose is kept for the burst too
      if (options.burst && options.mock?.rpm === undefined)
        burstMock = await startBundledMock(apiKey, { ...options.mock, rpm: BURST_RPM });
    }
    const session = createSession({
      baseUrl,
      apiKey,
      publicKey: options.apiKey === undefined,
      headers: options.headers,
      limits: limitsOf(options),
      budget: options.budget,
    });
    const label = options.label ?? (mock ? 'bundled mock' : hostOf(session.baseUrl));
    // progress reaches the console as it happens: redacted like everything else
    const given = options.onProgress;
    const onProgress = given && ((e: ProgressEvent) => given(session.redactor.deep(e)));
    onProgress?.({ type: 'target', baseUrl: session.baseUrl, label });
    return await runAgainst(session, { ...options, onProgress }, sel, probes, {
      startedAt,
      t0,
      label,
      aloneUrl: burstMock?.url,
    });
  } finally {
    await Promise.all([mock?.close(), burstMock?.close()]);
  }
}

async function runAgainst(
  session: Session,
  options: RunOptions,
  sel: Selection,
  probes: Probe[],
  run: { startedAt: Date; t0: number; label: string; aloneUrl?: string },
): Promise<Results> {
  const pre = await preflight(session, { model: options.model, embeddingModel: options.embeddingModel });
  if (pre.usage) throw new ConfigError(pre.usage);
  options.onProgress?.({ type: 'preflight', ok: !pre.fatal, message: pre.fatal, models: pre.models.length });
  const ctx: RunContext = {
    baseUrl: session.baseUrl,
    model: pre.model ?? '',
    embeddingModel: pre.embeddingModel,
    models: pre.models,
    seed: options.seed ?? DEFAULTS.seed,
    trials: options.trials ?? DEFAULTS.trials,
    burst: options.burst ?? false,
    propertyRuns: 0,
    sdk: sdkInfo(),
    headers: options.headers ?? {},
  };
  const claimed = sel.claims ? sel.checks.filter((c) => sel.claims!.features.has(c.feature)) : sel.checks;
  const needed = neededProbes(claimed, probes, new Set(claimed.map((c) => c.feature)));
  const left = options.budget === undefined ? undefined : Math.max(0, options.budget - pre.requests);
  ctx.propertyRuns = sizePropertyRuns(needed, ctx, left);
  const thePlan = plan(needed, ctx, left, options.budget);
  // a dead target gets nothing beyond the preflight
  const plannedRequests = pre.fatal ? pre.requests : thePlan.requests + pre.requests;
  options.onProgress?.({
    type: 'planned',
    planned: plannedRequests,
    probes: thePlan.probes.length,
    checks: sel.checks.length,
    propertyRuns: ctx.propertyRuns,
  });

  const byKey = new Map<string, Transcript>();
  let done = 0;
  // the same counters, budget and redactor: only the address differs
  const aloneSession = run.aloneUrl ? { ...session, baseUrl: run.aloneUrl } : session;
  const send = async (entry: PlannedProbe) => {
    const t = await runProbe(entry, entry.probe.alone ? aloneSession : session, ctx, pre.fatal);
    if (entry.probe.alone && aloneSession !== session && t.exchanges.length) {
      (t.notes ??= []).push(
        `sent to a second bundled mock with rpm ${BURST_RPM}, so the burst meets the limit while the rest of the run does not`,
      );
    }
    byKey.set(entry.key, t);
    done++;
    options.onProgress?.({
      type: 'probe',
      id: entry.key,
      done,
      total: thePlan.probes.length,
      requests: session.sent.count,
      failure: t.failure?.message,
    });
  };
  await pool(
    thePlan.probes.filter((e) => !e.probe.alone),
    options.concurrency ?? DEFAULTS.concurrency,
    send,
  );
  await pool(
    thePlan.probes.filter((e) => e.probe.alone),
    1,
    send,
  );
  const transcripts: TranscriptSet = { preflight: pre.transcript };
  for (const entry of thePlan.probes) transcripts[entry.key] = byKey.get(entry.key)!;

  const verdicts = sel.checks.map((c: Check) =>
    verdictFor(c, transcripts, ctx, { claims: sel.claims, baseline: sel.baseline }),
  );
  const durationMs = Math.round(performance.now() - run.t0);
  const results: Results = session.redactor.deep({
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION, sdkVersion: `openai-node ${ctx.sdk.version}` },
    target: {
      baseUrl: session.baseUrl,
      model: ctx.model,
      embeddingModel: ctx.embeddingModel ?? null,
      label: run.label,
    },
    startedAt: run.startedAt.toISOString(),
    durationMs,
    requests: session.sent.count,
    plannedRequests,
    seed: ctx.seed,
    options: {
      ...options.savedOptions,
      features: options.features ?? null,
      exclude: options.exclude ?? null,
      claims: sel.claims ? { file: sel.claims.file, features: [...sel.claims.features] } : null,
      baseline: sel.baseline
        ? {
            file: sel.baseline.file,
            expectedFailures: [...sel.baseline.ids].map(([id, reason]) => (reason ? { id, reason } : id)),
          }
        : null,
      budget: options.budget ?? null,
      timeoutMs: session.limits.timeoutMs,
      concurrency: options.concurrency ?? DEFAULTS.concurrency,
      trials: ctx.trials,
      burst: ctx.burst,
      propertyRuns: ctx.propertyRuns,
      // what the graders saw, so `conform regrade` can rebuild it (extra header values redacted)
      context: { ...ctx, headers: session.redactor.headers(ctx.headers) },
    },
    summary: summarize(verdicts),
    checks: verdicts,
    // graded whole above; kept in part from here on (stored-copy.ts)
    transcripts: storedTranscripts(transcripts, session.limits.storeBytes),
  });
  options.onProgress?.({ type: 'done', requests: results.requests, durationMs });
  if (options.outDir !== undefined) await writeResultsJson(results, options.outDir);
  return results;
}

async function runProbe(
  entry: PlannedProbe,
  session: Session,
  ctx: RunContext,
  fatal: string | undefined,
): Promise<Transcript> {
  const t0 = Date.now();
  const transcript: Transcript = {
    probeId: entry.key,
    startedAt: new Date(t0).toISOString(),
    durationMs: 0,
    exchanges: [],
    sdk: [],
  };
  if (fatal) transcript.failure = { kind: 'error', message: `not run, the preflight failed: ${fatal}` };
  else if (entry.error) transcript.failure = { kind: 'error', message: entry.error };
  else if (entry.skip !== undefined) transcript.failure = { kind: 'skip', message: entry.skip };
  else if (session.health.dead) transcript.failure = { kind: 'error', message: session.health.dead };
  else {
    const allowance = new Allowance(entry.key, entry.cost, session.budget);
    try {
      await entry.probe.run(createProbeIO(session, ctx, transcript, allowance));
    } catch (err) {
      const message = session.redactor.text(err instanceof Error ? err.message : String(err));
      const overBudget = err instanceof BudgetRefusal && message.includes('--budget');
      transcript.failure = {
        kind: overBudget ? 'skip' : 'error',
        message: err instanceof BudgetRefusal || message.startsWith('[conform]') ? message : `probe threw: ${message}`,
      };
    }
  }
  transcript.durationMs = Date.now() - t0;
  return transcript;
}

/** --timeout is the per-request deadline; a stream may stay open for STREAM_TOTAL_FACTOR times that in all */
export const STREAM_TOTAL_FACTOR = 4;

function limitsOf(options: RunOptions): Partial<TransportLimits> {
  const timeoutMs = options.timeoutMs ?? options.limits?.timeoutMs ?? DEFAULTS.timeoutMs;
  return { streamTotalMs: timeoutMs * STREAM_TOTAL_FACTOR, ...options.limits, timeoutMs };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
