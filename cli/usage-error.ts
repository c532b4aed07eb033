// A usage problem: printed with how to fix it, exit code 2, no request sent.
export { ConfigError as UsageError } from '../suites/engine/config-error.ts';
