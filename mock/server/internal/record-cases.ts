// conform mock --record FILE: the cases file is rewritten each second the journal has grown and once more on
// stop, each time whole and atomically (a temp file, then a rename), so a mock killed along with the app's test
// run keeps what it saw up to the last second, and a reader never sees half a file.
import { rename, writeFile } from 'node:fs/promises';
import type { Journal } from '../../core/journal.ts';

export async function writeCasesFile(file: string, doc: object): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(doc, null, 2)}\n`);
  await rename(tmp, file);
}

export interface Recording {
  /** the last write, made now; returns the number of cases written */
  stop(): Promise<number>;
}

export function recordCases(file: string, journal: Journal, onError: (e: unknown) => void, everyMs = 1000): Recording {
  let written: unknown;
  let writing: Promise<void> = Promise.resolve();
  let failed = false;
  const write = () => {
    const latest = journal.last();
    if (latest === written) return writing;
    written = latest;
    const doc = journal.toCases();
    writing = writing.then(() => writeCasesFile(file, doc));
    return writing;
  };
  const timer = setInterval(() => {
    write().catch((e: unknown) => {
      // said once; the final write on stop tries again and reports its own failure
      if (!failed) onError(e);
      failed = true;
    });
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await writing.catch(() => {});
      const doc = journal.toCases();
      await writeCasesFile(file, doc);
      return doc.cases.length;
    },
  };
}
