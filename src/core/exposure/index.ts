export { assess, exposureOf, severityOf, tiesOf } from './assess.ts';
export { selectDeployments } from './select.ts';
export type * from './types.ts';
