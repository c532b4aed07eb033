// The report directory is checked (and created) before any request: a run must not spend its requests and
// then fail to write its results.
import { access, constants, mkdir } from 'node:fs/promises';
import { UsageError } from './usage-error.ts';

export async function prepareOutDir(dir: string, given: boolean): Promise<void> {
  const flag = given ? `--out ${dir}` : `--out ${dir} (the default)`;
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (err) {
    const code = (err as { code?: string }).code ?? String(err);
    const why =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? 'a file is in the way, not a directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'no permission to write there'
          : 'cannot create it';
    throw new UsageError(
      `[conform] ${flag}: ${why} (${code}). Pass a directory to write the reports to, e.g. --out conform-report`,
    );
  }
}
