// The detector registry: each detector in its own file, each returning named reasons.
import { detectOneTimeCode, detectPasswordChange, detectSignUp } from './account-steps.ts';
import { detectSignIn } from './sign-in.ts';
import type { Detector, PageSnapshot, Signal, SignalKind } from './snapshot.ts';
import { detectUpload } from './upload.ts';

export const detectors: Record<SignalKind, Detector> = {
  'sign-in': detectSignIn,
  'sign-up': detectSignUp,
  'password-change': detectPasswordChange,
  'one-time-code': detectOneTimeCode,
  upload: detectUpload,
};

/** Every detector's signal. Detectors judge per form, so a page can offer sign-in and sign-up at once. */
export function detect(page: PageSnapshot): Signal[] {
  return Object.values(detectors).map((d) => d(page)).filter((s): s is Signal => s !== null);
}
export type { PageSnapshot, Signal, SignalKind } from './snapshot.ts';
