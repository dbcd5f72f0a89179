// Steps that are not sign-in: creating an account, changing a password, typing a one-time code.
import type { Detector } from './snapshot.ts';
import { isNewPassword, isPassword } from './sign-in.ts';

export const detectSignUp: Detector = (page) => {
  const passwords = page.fields.filter(isPassword);
  const onlyNew = passwords.length > 0 && passwords.every(isNewPassword) && !page.fields.some((f) => /current-password/.test(f.autocomplete));
  const confirm = passwords.length === 2 && passwords[0]!.form === passwords[1]!.form && !passwords.some(isNewPassword);
  const reasons = [...(onlyNew ? ['new-password-only'] : []), ...(confirm ? ['password-confirmation'] : [])];
  return reasons.length ? { kind: 'sign-up', reasons } : null;
};

export const detectPasswordChange: Detector = (page) => {
  const hasCurrent = page.fields.some((f) => isPassword(f) && /current-password/.test(f.autocomplete));
  const hasNew = page.fields.some((f) => isPassword(f) && isNewPassword(f));
  return hasCurrent && hasNew ? { kind: 'password-change', reasons: ['current-and-new-password'] } : null;
};

export const detectOneTimeCode: Detector = (page) =>
  page.fields.some((f) => (f.visible || f.revealable) && /one-time-code/.test(f.autocomplete))
    ? { kind: 'one-time-code', reasons: ['one-time-code-autocomplete'] } : null;
