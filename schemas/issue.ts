// One validation problem, as schemas' formatter renders it: where, what was expected, what was seen. Validators,
// the mock's error messages, the checks and the reports all speak it, so it lives with the schemas.
// results.schema.json describes the same shape (its generated Issue is checked against this one).
export interface Issue {
  path: string; // e.g. "choices[0].delta.content" ("" for the root)
  expected: string;
  received: string;
  message: string;
  level?: 'must' | 'should';
}
