// Sign-in: a current-password field, an identifier-first step, a passkey prompt, or an SSO choice.
import type { Detector, FieldSnapshot, PageSnapshot } from './snapshot.ts';
import { NEWSLETTER, SIGN_IN, SIGN_UP, SSO, USERNAME } from './words.ts';

export const isCandidate = (f: FieldSnapshot) => f.visible || f.revealable;
export const isPassword = (f: FieldSnapshot) => f.type === 'password' && isCandidate(f);
export const isNewPassword = (f: FieldSnapshot) => /new-password/.test(f.autocomplete);

export const detectSignIn: Detector = (page) => {
  const reasons: string[] = [];
  const passwords = page.fields.filter(isPassword);
  const current = passwords.filter((f) => !isNewPassword(f));
  // Two or more password fields in one form is a sign-up or a change, not a sign-in.
  const byForm = new Map<number, number>();
  for (const f of passwords) byForm.set(f.form, (byForm.get(f.form) ?? 0) + 1);
  if (current.some((f) => f.form < 0 ? passwords.filter((p) => p.form < 0).length === 1 : byForm.get(f.form) === 1)) reasons.push('password-field');
  if (page.fields.some((f) => isCandidate(f) && /\bwebauthn\b/.test(f.autocomplete))) reasons.push('webauthn-autocomplete');
  if (!passwords.length && isIdentifierFirst(page)) reasons.push('identifier-first');
  if (page.buttons.filter((b) => SSO.test(b)).length >= 2) reasons.push('sso-choices');
  return reasons.length ? { kind: 'sign-in', reasons } : null;
};

/** One identifier field, no password yet, and the page or form says "sign in" (not "subscribe"). */
function isIdentifierFirst(page: PageSnapshot): boolean {
  const ids = page.fields.filter((f) => isCandidate(f) && ['text', 'email', 'tel'].includes(f.type)
    && (/\busername\b|\bwebauthn\b/.test(f.autocomplete) || USERNAME.test(`${f.name} ${f.id} ${f.label} ${f.placeholder}`)));
  if (ids.length !== 1) return false;
  const id = ids[0]!;
  if (/\busername\b/.test(id.autocomplete)) return true;
  const form = page.forms[id.form];
  const context = `${form ? `${form.action} ${form.id} ${form.name} ${form.buttons}` : ''} ${page.title} ${page.heading} ${page.path}`;
  return SIGN_IN.test(context) && !SIGN_UP.test(context) && !NEWSLETTER.test(context);
}
