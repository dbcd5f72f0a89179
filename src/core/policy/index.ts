export { effectivePolicy } from './effective.ts';
export { contentReach, verdictFor } from './verdict.ts';
export * from './types.ts';
