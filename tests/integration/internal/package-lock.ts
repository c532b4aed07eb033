// A cross-process "do it once": vitest runs test files in parallel processes, and each may need the same packed
// tarball or consumer project. The first to mkdir the lock does the work and writes a marker; the others wait.
import { existsSync } from 'node:fs';
import { mkdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const POLL_MS = 250;
const STALE_MS = 15 * 60_000; // a lock this old belongs to a run that died

export async function once(dir: string, work: () => Promise<void>): Promise<void> {
  const done = `${dir}.done`;
  const lock = `${dir}.lock`;
  await mkdir(dirname(dir), { recursive: true });
  for (;;) {
    if (existsSync(done)) {
      await utimes(done, new Date(), new Date()).catch(() => undefined); // in use: not stale (see prune)
      return;
    }
    try {
      await mkdir(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age =
        Date.now() -
        (await stat(lock).then(
          (s) => s.mtimeMs,
          () => Date.now(),
        ));
      if (age > STALE_MS) await rm(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    try {
      if (!existsSync(done)) {
        await work();
        await writeFile(done, new Date().toISOString());
      }
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
}
