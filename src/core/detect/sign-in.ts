import type { Detector } from './snapshot.ts';

/** A visible password field that is not a new-password (sign-up or change) field. */
export const detectSignIn: Detector = (page) => {
  const reasons: string[] = [];
  for (const field of page.fields) {
    if (!field.visible) continue;
    if (field.type === 'password' && !/new-password/.test(field.autocomplete)) reasons.push('password-field');
    if (/\bwebauthn\b/.test(field.autocomplete)) reasons.push('webauthn-autocomplete');
  }
  return reasons.length ? { kind: 'sign-in', reasons: [...new Set(reasons)] } : null;
};
