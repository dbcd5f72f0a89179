import { detectSignIn } from './sign-in.ts';
import type { Detector, PageSnapshot, Signal } from './snapshot.ts';

export const detectors: Record<string, Detector> = { 'sign-in': detectSignIn };

export function detect(page: PageSnapshot): Signal[] {
  return Object.values(detectors).map((d) => d(page)).filter((s): s is Signal => s !== null);
}
export type { PageSnapshot, Signal } from './snapshot.ts';
