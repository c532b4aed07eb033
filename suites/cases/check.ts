// A case as a check in feature `cases`: each trial graded by trial.ts; the case passes when the share of graded
// trials that passed reaches `trials.passRate` (1 by default: every trial). Inconclusive trials, and those a
// transient status (429…) left untested, are not graded; when no trial was, the first one's verdict stands.
import type { Case } from '../../schemas/generated/cases.ts';
import type { Check, Grade, GradeDetails } from '../engine/types.ts';
import { wilson } from '../engine/wilson.ts';
import { clip, transcriptOf } from '../checks/internal/read.ts';
import { trialsOf } from './probe.ts';
import { gradeTrial } from './trial.ts';
import type { Outcome } from './expect/outcome.ts';

export function caseCheck(c: Case, id: string, file: string): Check {
  return {
    id,
    title: c.name,
    feature: 'cases',
    level: c.level ?? 'MUST',
    // the report's "Expected" reads the source: the case and what it expects, as written in the file
    source: {
      ref: `cases: ${file} › ${c.name}${c.description ? ` — ${c.description}` : ''} · expect ${clip(JSON.stringify(c.expect ?? {}), 300)}${c.trials ? ` · trials ${JSON.stringify(c.trials)}` : ''}`,
    },
    probes: [id],
    grade(t, ctx): Grade {
      const tr = transcriptOf(t, id);
      if (!tr.ok) return tr.grade;
      const control = tr.value.exchanges.find((e) => e.label === 'control');
      const n = trialsOf(c, ctx);
      const graded: Array<{ o: Outcome; label: string }> = [];
      for (let k = 1; k <= n; k++) {
        const ex = tr.value.exchanges.find((e) => e.label === `trial-${k}`);
        if (ex) graded.push({ o: gradeTrial(c, ex, control), label: ex.label });
      }
      if (graded.length === 0)
        return { status: 'untestable', message: `no trial of ${id} was recorded`, prerequisite: id };
      if (n === 1) return gradeOf(graded[0].o, { probe: id, label: graded[0].label }, {}, id);
      return rateOf(graded, c.trials?.passRate ?? 1, id);
    },
  };
}

function gradeOf(o: Outcome, exchange: GradeDetails['exchange'], extra: GradeDetails = {}, id = ''): Grade {
  const details: GradeDetails = { exchange, ...extra };
  if (o.issues) details.issues = o.issues;
  if (o.seen !== undefined) details.seen = o.seen;
  if (o.status === 'untestable')
    return { status: 'untestable', message: o.message, prerequisite: `${id} answered without a transient status` };
  return o.status === 'pass'
    ? { status: 'pass', message: o.message, details }
    : { status: o.status, message: o.message, details };
}

function rateOf(graded: Array<{ o: Outcome; label: string }>, required: number, probe: string): Grade {
  const judged = graded.filter((g) => g.o.status === 'pass' || g.o.status === 'fail');
  if (judged.length === 0) return gradeOf(graded[0].o, { probe, label: graded[0].label }, {}, probe);
  const passed = judged.filter((g) => g.o.status === 'pass').length;
  const { low, high } = wilson(passed, judged.length);
  const trials = { passed, total: judged.length, low, high, flaky: passed > 0 && passed < judged.length };
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const open = graded.length - judged.length;
  const rate = `${passed}/${judged.length} trials passed (${pct(required)} required; 95% CI ${pct(low)}–${pct(high)})${open ? `, ${open} not graded (inconclusive or transient)` : ''}`;
  const firstFail = judged.find((g) => g.o.status === 'fail');
  if (passed / judged.length >= required) {
    const at = firstFail ?? judged[0];
    return { status: 'pass', message: rate, details: { trials, exchange: { probe, label: at.label } } };
  }
  return gradeOf(
    { ...firstFail!.o, message: `${rate}; ${firstFail!.label}: ${firstFail!.o.message}` },
    { probe, label: firstFail!.label },
    { trials },
  );
}
