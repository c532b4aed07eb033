// `status`: the HTTP status the app relies on; without it, any 2xx.
import { errorText, isTransient } from '../../checks/internal/read.ts';
import { fail, pass, type Outcome, type Trial } from './outcome.ts';

export function expectStatus(want: number | number[] | undefined, t: Trial): Outcome {
  const got = t.answer.status;
  const ok = want === undefined ? got >= 200 && got < 300 : [want].flat().includes(got);
  const wanted = want === undefined ? 'a 2xx' : [want].flat().join(' or ');
  if (ok) return pass(`status ${got}`);
  if (isTransient(got))
    return {
      status: 'untestable',
      message: `answered ${got} (transient: ${errorText(t.ex)}), so the case was not tested; run it again, with a lower --concurrency for a rate limit`,
      seen: got,
    };
  const why = got >= 200 && got < 300 ? '' : `: ${errorText(t.ex)}`;
  return fail(`answered ${got}${why}; expected ${wanted}`, { seen: got });
}
