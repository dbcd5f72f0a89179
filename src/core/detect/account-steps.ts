// Steps that are not sign-in: creating an account, changing a password, typing a one-time code.
// Judged per form, like sign-in.
import type { Detector, FieldSnapshot } from './snapshot.ts';
import { formSaysSignIn, isNewPassword, passwordGroups } from './sign-in.ts';

const isCurrent = (f: FieldSnapshot) => /current-password/.test(f.autocomplete);

export const detectSignUp: Detector = (page) => {
  const reasons = new Set<string>();
  for (const [form, fields] of passwordGroups(page)) {
    if (fields.some(isCurrent) || formSaysSignIn(page.forms[form])) continue;
    if (fields.every(isNewPassword)) reasons.add('new-password-only');
    else if (fields.length === 2) reasons.add('password-confirmation');
  }
  return reasons.size ? { kind: 'sign-up', reasons: [...reasons] } : null;
};

export const detectPasswordChange: Detector = (page) => {
  for (const fields of passwordGroups(page).values()) {
    if (fields.some(isCurrent) && fields.some(isNewPassword)) return { kind: 'password-change', reasons: ['current-and-new-password'] };
  }
  return null;
};

export const detectOneTimeCode: Detector = (page) =>
  page.fields.some((f) => (f.visible || f.revealable) && /one-time-code/.test(f.autocomplete))
    ? { kind: 'one-time-code', reasons: ['one-time-code-autocomplete'] } : null;
