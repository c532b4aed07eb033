// Programmatic use, as the package exports it: a cases document → probes and checks → runConform.
import { expect, it } from 'vitest';
import { casesSuite, parseCases, runConform } from '../index.ts';

it('runs a cases document through runConform, --model replacing the recorded model', async () => {
  const doc = parseCases(
    {
      cases: [
        {
          name: 'vector',
          request: { path: '/embeddings', body: { model: 'recorded-embed', input: 'hi' } },
          expect: { schema: 'must' },
        },
      ],
    },
    'inline',
  );
  const suite = casesSuite(doc, { file: 'inline', embeddingModel: 'text-embedding-3-small' });
  const results = await runConform({ ...suite });
  expect(results.checks.map((c) => [c.id, c.status])).toEqual([['cases.vector', 'pass']]);
  const sent = results.transcripts!['cases.vector']!.exchanges[0]!.request.body!;
  expect(JSON.parse(sent).model).toBe('text-embedding-3-small');
});
