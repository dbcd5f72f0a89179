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

/** Sign-up and password-change steps are their own kinds: they suppress a sign-in from the same fields. */
export function detect(page: PageSnapshot): Signal[] {
  const signals = (Object.values(detectors)).map((d) => d(page)).filter((s): s is Signal => s !== null);
  const accountStep = signals.some((s) => s.kind === 'sign-up' || s.kind === 'password-change');
  return signals.filter((s) => !(accountStep && s.kind === 'sign-in' && s.reasons.every((r) => r === 'password-field')));
}
export type { PageSnapshot, Signal, SignalKind } from './snapshot.ts';
