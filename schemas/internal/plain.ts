// For type tests against the generated types: json-schema-to-typescript gives every object an index signature
// ([k: string]: unknown), which an interface does not satisfy; this mapped copy of a type does, field for field.
export type Plain<T> = T extends (...a: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? Plain<U>[]
    : T extends object
      ? { [K in keyof T]: Plain<T[K]> }
      : T;
