// The json-mode suite: its probes (requests) and checks (pure graders).
export { probes } from './probes.ts';
export { checks } from './json-object.ts';
