// Small inline pieces: status badges (icon + label + colour), level pills, verdict badges.
import { escapeHtml } from '../internal/escape.ts';
import type { Level, Status } from '../internal/results.ts';
import type { Verdict } from '../internal/stats.ts';
import { STATUS_LABEL } from '../internal/status.ts';

export function statusBadge(status: Status, baselined = false): string {
  const { icon, label } = STATUS_LABEL[status];
  const extra = baselined ? '<span class="baselined">baselined</span>' : '';
  return `<span class="vcell"><span class="badge s-${status}"><span class="icon" aria-hidden="true">${icon}</span> ${label}</span>${extra}</span>`;
}

export function levelPill(level: Level): string {
  return `<span class="level level-${level.toLowerCase()}">${escapeHtml(level)}</span>`;
}

/** a feature's verdict is named like the status it stands for */
export function verdictBadge(verdict: Verdict): string {
  return verdict === 'empty' ? '<span class="badge">no checks</span>' : statusBadge(verdict);
}
