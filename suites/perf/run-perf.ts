// conform perf: warm-up, the closed-loop levels, the open-loop levels, cold-start probes; then the figures,
// the cost under each pricing model and the SLO verdicts, as one ConformPerf (schemas/perf.schema.json).
import type { ConformPerf, Level } from '../../schemas/generated/perf.ts';
import { TOOL_NAME, TOOL_VERSION } from '../engine/results.ts';
import { MOCK_KEY } from '../engine/bundled-mock.ts';
import { RequestBudget } from './budget.ts';
import { createTarget } from './client.ts';
import { coldStartReport, probeRounds, type ProbeRound } from './cold-start.ts';
import { workloadCost } from './cost.ts';
import { levelMetrics } from './level-metrics.ts';
import { closedLoop, openLoop } from './loops.ts';
import { firstChatModel } from './model-list.ts';
import type { PerfOptions } from './options.ts';
import { stats } from './percentile.ts';
import { estimateMs, makePlan } from './plan.ts';
import { poissonOffsets } from './schedule.ts';
import { sendWithRetries, type Outcome } from './send-with-retries.ts';
import { evaluateSlos } from './slo.ts';
import { goodputSpec } from './goodput.ts';
import { tokensOf } from './tokens.ts';
import { replayOrder, requestBody, syntheticWorkload } from './workload.ts';

export async function runPerf(o: PerfOptions): Promise<ConformPerf> {
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const mock = o.baseUrl
    ? undefined
    : await (
        await import('../../mock/server/index.ts')
      ).startMockServer({
        port: 0,
        apiKeys: [MOCK_KEY],
        latencyProfile: o.mockProfile ?? 'demo',
      });
  const baseUrl = o.baseUrl ?? mock!.url;
  const apiKey = o.baseUrl ? o.apiKey : MOCK_KEY;
  const headers = { ...o.headers, ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) };
  const api = o.api ?? 'chat';
  const target = createTarget(
    baseUrl,
    headers,
    o.timeoutMs,
    o.maxResponseBytes,
    api === 'responses' ? '/responses' : '/chat/completions',
  );
  try {
    const model = o.model ?? (await firstChatModel(baseUrl, headers, o.timeoutMs));
    const items = 'items' in o.workload ? o.workload.items : syntheticWorkload(o.workload.shape, o.seed);
    const pick = replayOrder(items, o.seed);
    const budget = new RequestBudget(o.budget);
    const planInput = { ...o, budget: o.budget };
    const plan = makePlan(planInput);
    o.onPlan?.({ requests: plan.requests, estimateMs: undefined, knownMs: plan.knownMs, levels: plan.levels });

    let next = 0;
    let current = 'warm-up';
    const send = (scheduled: number) => {
      const item = pick(next++);
      return sendWithRetries(target, requestBody(item, model, api), item.promptChars, scheduled, budget, {
        retries: o.retries,
        maxWaitMs: 10_000,
      });
    };
    const ticker = o.onProgress
      ? setInterval(
          () =>
            o.onProgress!({
              elapsedMs: performance.now() - t0,
              done: budget.used,
              planned: plan.requests,
              level: current,
            }),
          1000,
        )
      : undefined;
    ticker?.unref();

    try {
      // warm-up: excluded from the figures; its first request is the run's first cold-start datum
      const warmup: Outcome[] = [];
      for (let i = 0; i < o.warmup; i++) {
        const w = await send(performance.now());
        if (w) warmup.push(w);
      }
      const okWarm = warmup.filter((w) => w.ok).slice(1);
      if (okWarm.length > 0) {
        const oneMs = stats(okWarm.map((w) => w.attempts.at(-1)!.end - w.scheduled)).mean!;
        o.onPlan?.({
          requests: plan.requests,
          estimateMs: estimateMs(planInput, plan, oneMs),
          knownMs: plan.knownMs,
          levels: plan.levels,
        });
      }

      const levels: Level[] = [];
      const measured: Outcome[] = [];
      for (const c of o.concurrency) {
        current = `c${c}`;
        const outcomes: Outcome[] = [];
        await closedLoop({
          concurrency: c,
          ...(o.durationMs !== undefined ? { durationMs: o.durationMs } : { count: o.requests }),
          fire: async (_i, scheduled) => {
            const r = await send(scheduled);
            if (r) outcomes.push(r);
            return r !== undefined;
          },
        });
        levels.push(levelMetrics({ id: current, mode: 'closed', concurrency: c, outcomes, goodput: o.goodput }));
        measured.push(...outcomes);
      }
      for (const [k, rate] of o.rates.entries()) {
        current = `r${rate}`;
        const n = o.durationMs !== undefined ? Math.ceil((rate * o.durationMs) / 1000) : o.requests;
        const outcomes: Outcome[] = [];
        const s = await openLoop({
          offsets: poissonOffsets(n, rate, o.seed + 1 + k),
          maxInFlight: o.maxInFlight,
          fire: async (_i, scheduled) => {
            const r = await send(scheduled);
            if (r) outcomes.push(r);
            return r !== undefined;
          },
        });
        levels.push(
          levelMetrics({
            id: current,
            mode: 'open',
            rate,
            achievedRate: s.achievedRate,
            lateSends: s.late,
            outcomes,
            goodput: o.goodput,
          }),
        );
        measured.push(...outcomes);
      }

      const rounds: ProbeRound[] = warmup.length > 0 ? [{ idleMs: null, probe: warmup[0], warm: warmup.slice(1) }] : [];
      rounds.push(
        ...(await probeRounds(
          o.idleMs,
          o.warmFollowUps,
          () => send(performance.now()),
          (idle) => {
            current = `idle ${Math.round(idle / 1000)} s`;
          },
        )),
      );

      const okTokens = measured.filter((m) => m.ok).map(tokensOf);
      const warnings: string[] = [];
      const few = levels.filter((l) => l.ttft.n > 0 && l.ttft.n < 299).map((l) => `${l.id} (${l.ttft.n})`);
      if (few.length > 0)
        warnings.push(
          `p99 from fewer than 299 requests is mostly the maximum: ${few.join(', ')}; 299 or more pin it (reference §2.5)`,
        );
      for (const l of levels) {
        if (l.lateSends !== undefined && l.lateSends > l.requests / 100)
          warnings.push(
            `${l.id}: ${l.lateSends} of ${l.requests} sends were more than 10 ms late: the client could not keep the rate`,
          );
      }
      if (budget.cut > 0) warnings.push(`--budget ${o.budget} cut ${budget.cut} planned requests`);
      return {
        schemaVersion: 1,
        kind: 'perf',
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        target: {
          baseUrl,
          model,
          label:
            (o.baseUrl ? hostOf(baseUrl) : `bundled mock (${profileName(o.mockProfile)} profile)`) +
            (api === 'responses' ? ', Responses API' : ''),
        },
        startedAt,
        durationMs: Math.round(performance.now() - t0),
        seed: o.seed,
        options: {
          ...(api !== 'chat' ? { api } : {}),
          concurrency: o.concurrency,
          rates: o.rates,
          ...(o.durationMs !== undefined ? { durationMs: o.durationMs } : { requests: o.requests }),
          warmup: o.warmup,
          idleMs: o.idleMs,
          retries: o.retries,
          timeoutMs: o.timeoutMs,
          prices: o.pricing.map((p) => p.name),
          slos: o.slos.map((s) => s.spec),
          ...(o.goodput ? { goodput: goodputSpec(o.goodput) } : {}),
          ...(o.budget !== undefined ? { budget: o.budget } : {}),
        },
        requests: {
          planned: plan.requests,
          sent: budget.used,
          ...(o.budget !== undefined ? { budget: o.budget } : {}),
          ...(budget.cut > 0 ? { cutByBudget: budget.cut } : {}),
        },
        workload: {
          source: 'items' in o.workload ? o.workload.source : 'synthetic',
          ...('items' in o.workload && o.workload.file !== undefined ? { file: o.workload.file } : {}),
          items: items.length,
          promptTokens: stats(okTokens.map((t) => t.prompt)),
          outputTokens: stats(okTokens.map((t) => t.completion)),
          maxTokens: stats(items.flatMap((i) => (i.maxTokens === undefined ? [] : [i.maxTokens]))),
          tokensEstimated: okTokens.filter((t) => t.estimated).length,
        },
        levels,
        coldStart: coldStartReport(rounds),
        cost: workloadCost(measured, o.pricing),
        slos: evaluateSlos(o.slos, levels),
        ...(warnings.length > 0 ? { warnings } : {}),
      };
    } finally {
      if (ticker) clearInterval(ticker);
    }
  } finally {
    target.pool.destroy();
    await mock?.close();
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function profileName(p: PerfOptions['mockProfile']): string {
  return p === undefined ? 'demo' : typeof p === 'string' ? p : (p.profile ?? 'custom');
}
