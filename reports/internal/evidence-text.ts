// A plain-text account of why a check did not pass: used in JUnit bodies (and anywhere text beats HTML).
import type { CheckResult } from './results.ts';
import { STATUS_LABEL } from './status.ts';
import { shorten, showValue } from './text.ts';

export function evidenceText(check: CheckResult): string {
  const e = check.evidence;
  const lines = [`${STATUS_LABEL[check.status].label} [${check.level}] ${check.id} — ${check.title}`];
  if (check.message !== '') lines.push(check.message);
  if (check.baselined === true) lines.push('baselined: a known failure listed in --baseline');
  lines.push(`expected by: ${e.source.ref}${e.source.url !== undefined ? ` (${e.source.url})` : ''}`);
  if (e.seen !== undefined) lines.push(`seen: ${shorten(showValue(e.seen), 300)}`);
  if (e.issues !== undefined && e.issues.length > 0) {
    lines.push('issues:');
    for (const i of e.issues)
      lines.push(
        `  ${i.path === '' ? '(root)' : i.path}: expected ${i.expected}, received ${i.received}${i.message !== '' ? ` — ${i.message}` : ''}`,
      );
  }
  if (e.breaks !== undefined && e.breaks.length > 0) lines.push(`breaks: ${e.breaks.join('; ')}`);
  if (e.divergences !== undefined && e.divergences.length > 0)
    lines.push(`known divergences: ${e.divergences.map((d) => `#${d}`).join(', ')}`);
  if (e.prerequisite !== undefined) lines.push(`prerequisite: ${e.prerequisite}`);
  if (e.note !== undefined) lines.push(`note: ${e.note}`);
  if (e.trials !== undefined) {
    const t = e.trials;
    lines.push(
      `trials: ${t.passed}/${t.total} passed (95% CI ${t.low.toFixed(2)}–${t.high.toFixed(2)})${t.flaky ? ', flaky' : ''}`,
    );
  }
  if (e.exchange !== undefined) {
    const frames =
      e.exchange.frames !== undefined && e.exchange.frames.length > 0 ? `, frames ${e.exchange.frames.join(', ')}` : '';
    lines.push(
      `evidence: probe ${e.exchange.probe}, exchange "${e.exchange.label}"${frames} (transcript in the HTML report and results.json)`,
    );
  } else if (e.probes.length > 0) {
    lines.push(`probes: ${e.probes.join(', ')}`);
  }
  return lines.join('\n');
}
