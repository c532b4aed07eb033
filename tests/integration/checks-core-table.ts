// Shared by the core-checks integration tests: the core features and the checks the mock cannot pass yet.

export const CORE = ['models', 'chat', 'streaming', 'embeddings', 'completions', 'errors'] as const;

/**
 * Checks the bundled mock cannot pass yet, with the reason. An entry that passes fails checks-core-mock, so the
 * list cannot rot.
 */
export const PENDING: Record<string, string> = {};
