// The properties suite: seeded random requests derived from the request schema, and the rules they must keep.
export { probes } from './probes.ts';
export { checks } from './rules.ts';
