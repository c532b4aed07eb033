// What conform perf says while it runs: the plan before anything is sent, the estimate once the warm-up has
// timed one request, then a progress line (updated in place on a terminal, every 10 s in logs).
import type { PerfOptions } from '../suites/perf/options.ts';
import { formatDuration } from '../suites/perf/duration.ts';
import type { ProgressSink } from './progress.ts';

export function createPerfProgress(
  sink: ProgressSink,
  quiet: boolean,
): Pick<PerfOptions, 'onPlan' | 'onProgress'> & { finish(): void } {
  let shown = false;
  let lastLine = 0;
  return {
    onPlan: (p) => {
      if (p.estimateMs === undefined) {
        const known = p.knownMs > 0 ? `; open-loop levels and idle gaps take ${formatDuration(p.knownMs)}` : '';
        sink.write(
          `[conform] perf: planned ${p.requests} requests over ${p.levels.join(', ') || 'no level'}${known}\n`,
        );
      } else sink.write(`[conform] perf: estimated duration ${formatDuration(p.estimateMs)} (from the warm-up)\n`);
    },
    onProgress: (p) => {
      if (quiet) return;
      const text = `[conform] perf ${formatDuration(p.elapsedMs)} · ${p.done}/${p.planned} requests · ${p.level}`;
      if (sink.tty) {
        sink.write(`\r\u001b[2K${text}`);
        shown = true;
      } else if (p.elapsedMs - lastLine >= 10_000) {
        lastLine = p.elapsedMs;
        sink.write(`${text}\n`);
      }
    },
    finish: () => {
      if (shown) sink.write('\r\u001b[2K');
      shown = false;
    },
  };
}
