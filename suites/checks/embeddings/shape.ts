// The embeddings answer: schema at both levels, usage, content type.
import type { Check, Grade, TranscriptSet } from '../../engine/types.ts';
import { wordCount } from '../chat/usage.ts';
import { everyItem, isJsonType } from '../internal/grade.ts';
import { clip, header, isObject, show } from '../internal/read.ts';
import { shapeGrade } from '../internal/schema.ts';
import { sdk, spec } from '../internal/sources.ts';
import { PROBES } from './batch.ts';
import { EMB } from './probes.ts';
import { answers, INPUTS } from './responses.ts';

function shape(t: TranscriptSet, level: 'must' | 'should'): Grade {
  const r = answers(t, undefined, true);
  if (!r.ok) return r.grade;
  const bad = r.items.find((i) => !i.parsed.ok);
  if (bad)
    return {
      status: 'fail',
      message: `an embeddings answer must be JSON: "${bad.label}" sent ${clip(bad.ex.response!.body, 60)}`,
      details: { exchange: { probe: EMB.basic, label: bad.label } },
    };
  return shapeGrade(
    'embeddings-response',
    level,
    r.items.map((i) => ({ value: i.body, where: `"${i.label}"`, exchange: { probe: EMB.basic, label: i.label } })),
    'embedding lists',
  );
}

export const shapeMust: Check = {
  id: 'embeddings.shape',
  title: 'The embeddings answer has {object: "list", data: [{index, embedding}], model, usage}',
  feature: 'embeddings',
  level: 'MUST',
  source: spec('CreateEmbeddingResponse'),
  breaks: ['openai-node embeddings.create() and every vector store loader'],
  probes: PROBES,
  grade: (t) => shape(t, 'must'),
};

export const shapeFull: Check = {
  id: 'embeddings.shape-full',
  title: 'The embeddings answer matches the full spec shape',
  feature: 'embeddings',
  level: 'SHOULD',
  source: spec('CreateEmbeddingResponse; Embedding {object: "embedding", index, embedding}'),
  breaks: ['strictly generated clients that require every spec key'],
  probes: PROBES,
  grade: (t) => shape(t, 'should'),
};

export const usage: Check = {
  id: 'embeddings.usage',
  title: 'usage reports prompt_tokens (at least one per input word) and total_tokens',
  feature: 'embeddings',
  level: 'MUST',
  source: spec('CreateEmbeddingResponse.usage {prompt_tokens, total_tokens} (required)'),
  breaks: ['cost tracking of embedding jobs (LangChain, LlamaIndex callbacks)'],
  probes: PROBES,
  grade(t) {
    const r = answers(t);
    if (!r.ok) return r.grade;
    const ok = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
    return everyItem(
      r.items.filter((i) => isObject(i.body)),
      (i) => {
        const u = i.body.usage;
        if (!isObject(u) || !ok(u.prompt_tokens) || !ok(u.total_tokens))
          return { message: `usage must have integer prompt_tokens and total_tokens, got ${show(u)}`, seen: u ?? null };
        if (u.total_tokens < u.prompt_tokens)
          return {
            message: `usage.total_tokens (${u.total_tokens}) must be at least prompt_tokens (${u.prompt_tokens})`,
            seen: u,
          };
        // every tokenizer splits at whitespace, so each input word costs at least one token
        const words = (INPUTS[i.label] ?? []).reduce((n, text) => n + wordCount(text), 0);
        return u.prompt_tokens >= words
          ? undefined
          : {
              message: `usage.prompt_tokens must count the input, but it is ${u.prompt_tokens} for ${words} words (each at least one token)`,
              seen: u,
            };
      },
      'usage is reported on every answer and covers the input',
    );
  },
};

export const contentType: Check = {
  id: 'embeddings.content-type',
  title: 'Embedding answers are application/json',
  feature: 'embeddings',
  level: 'MUST',
  source: sdk('src/internal/parse.ts', 'JSON is parsed only with a JSON content type'),
  breaks: ['openai-node 6 and 7 (the call resolves to a raw string)'],
  probes: PROBES,
  grade(t) {
    const r = answers(t);
    if (!r.ok) return r.grade;
    return everyItem(
      r.items,
      (i) => {
        const ct = header(i.ex, 'content-type');
        return isJsonType(ct)
          ? undefined
          : { message: `content-type must be application/json, got ${show(ct)}`, seen: ct ?? null };
      },
      `${r.items.length} answers are application/json`,
    );
  },
};
