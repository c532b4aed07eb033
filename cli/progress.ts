// Live progress: one updating line on a TTY, plain lines elsewhere (pipes, CI logs).
import type { ProgressEvent } from '../suites/engine/options.ts';
import { terminalText } from '../reports/internal/terminal-text.ts';

export interface ProgressSink {
  write(text: string): void;
  tty: boolean;
}

export function createProgress(
  sink: ProgressSink,
  mode: 'quiet' | 'normal' | 'verbose',
): { onProgress: (e: ProgressEvent) => void; finish(): void } {
  let lineShown = false;
  // target text (a model id, an error message) is shown, never run: no escape sequence reaches the terminal
  const line = (text: string) => sink.write(`${terminalText(text)}\n`);
  const onProgress = (e: ProgressEvent) => {
    if (mode === 'quiet') return;
    switch (e.type) {
      case 'target':
        return line(`[conform] grading ${e.label} at ${e.baseUrl}`);
      case 'preflight':
        return line(
          e.ok
            ? `[conform] preflight: GET /models listed ${e.models} models`
            : `[conform] preflight failed: ${e.message}`,
        );
      case 'planned':
        return line(
          `[conform] planned ${e.planned} requests (preflight included) for ${e.probes} probes and ${e.checks} checks`,
        );
      case 'probe':
        if (mode === 'verbose')
          return line(`[conform] ${e.done}/${e.total} ${e.id}${e.failure ? ` — ${e.failure}` : ''}`);
        if (sink.tty) {
          sink.write(`\r\u001b[2K[conform] ${e.done}/${e.total} probes · ${e.requests} requests`);
          lineShown = true;
        }
        return;
      case 'done':
        return finish();
    }
  };
  const finish = () => {
    if (lineShown) sink.write('\r\u001b[2K');
    lineShown = false;
  };
  return { onProgress, finish };
}
