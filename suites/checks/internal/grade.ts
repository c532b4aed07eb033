// Grade builders shared by the suites: "every item satisfies the rule" with the first offender as evidence.
import type { Grade } from '../../engine/types.ts';

export interface Located {
  probe: string;
  label: string;
}

export interface Finding {
  message: string;
  seen?: unknown;
  frames?: number[];
}

/** pass when `test` finds nothing wrong in any item; else fail on the first finding, counting the rest */
export function everyItem<T extends Located>(items: T[], test: (item: T) => Finding | undefined, passMessage: string): Grade {
  let first: { item: T; f: Finding } | undefined;
  let count = 0;
  for (const item of items) {
    const f = test(item);
    if (!f) continue;
    count++;
    first ??= { item, f };
  }
  if (!first) return { status: 'pass', message: passMessage };
  const more = count > 1 ? ` (and ${count - 1} more response${count > 2 ? 's' : ''})` : '';
  const { item, f } = first;
  return {
    status: 'fail',
    message: `${f.message} in ${item.probe} "${item.label}"${more}`,
    details: { seen: f.seen, exchange: { probe: item.probe, label: item.label, ...(f.frames ? { frames: f.frames } : {}) } },
  };
}

export function isJsonType(contentType: string | undefined): boolean {
  return contentType !== undefined && /application\/json|\+json/i.test(contentType);
}
