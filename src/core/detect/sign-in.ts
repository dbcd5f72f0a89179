// Sign-in: a form with one current-password field, an identifier-first step, a passkey prompt, or
// an SSO choice. Judged per form, so a page with a sign-in form beside a sign-up form is both.
import type { Detector, FieldSnapshot, FormSnapshot, PageSnapshot } from './snapshot.ts';
import { NEWSLETTER, SIGN_IN, SIGN_UP, SSO, USERNAME } from './words.ts';

export const isCandidate = (f: FieldSnapshot) => f.visible || f.revealable;
export const isNewPassword = (f: FieldSnapshot) => /new-password/.test(f.autocomplete);
const isCurrentPassword = (f: FieldSnapshot) => /current-password/.test(f.autocomplete);

/** A form whose own attributes say it signs in (a hidden login drop-down is still a sign-in form). */
export const formSaysSignIn = (form: FormSnapshot | undefined) =>
  !!form && SIGN_IN.test(`${form.action} ${form.id} ${form.name} ${form.className}`) && !SIGN_UP.test(`${form.action} ${form.id} ${form.name} ${form.className}`);

/** Password fields grouped by form (-1: outside any form), counting those the user can reach: the
 * visible ones, or, in a form that says it signs in and shows none (a closed drop-down), the hidden
 * ones. A hidden field beside a visible one is a honeypot and does not count. */
export function passwordGroups(page: PageSnapshot): Map<number, FieldSnapshot[]> {
  const all = new Map<number, FieldSnapshot[]>();
  for (const f of page.fields) if (f.type === 'password') all.set(f.form, [...(all.get(f.form) ?? []), f]);
  const groups = new Map<number, FieldSnapshot[]>();
  for (const [form, fields] of all) {
    const reachable = fields.filter(isCandidate);
    const counted = reachable.length ? reachable : formSaysSignIn(page.forms[form]) ? fields : [];
    if (counted.length) groups.set(form, counted);
  }
  return groups;
}

export const detectSignIn: Detector = (page) => {
  const reasons: string[] = [];
  for (const [form, fields] of passwordGroups(page)) {
    if (fields.length !== 1) {
      // Several password fields without a form to tell them apart: one named for signing in counts.
      if (fields.some((f) => SIGN_IN.test(`${f.id} ${f.name}`) && !SIGN_UP.test(`${f.id} ${f.name}`))) reasons.push('named-password-field');
      continue;
    }
    const field = fields[0]!;
    // Some sites mark their sign-in password new-password to stop autofill; the form still says so.
    if (!isNewPassword(field) || isCurrentPassword(field) || formSaysSignIn(page.forms[form])) reasons.push('password-field');
  }
  if (page.fields.some((f) => isCandidate(f) && /\bwebauthn\b/.test(f.autocomplete))) reasons.push('webauthn-autocomplete');
  if (!page.fields.some((f) => f.type === 'password' && isCandidate(f)) && isIdentifierFirst(page)) reasons.push('identifier-first');
  if (page.buttons.filter((b) => SSO.test(b)).length >= 2) reasons.push('sso-choices');
  const unique = [...new Set(reasons)];
  return unique.length ? { kind: 'sign-in', reasons: unique } : null;
};

/** One identifier field, no password yet, and the page or form says "sign in" (not "subscribe"). */
function isIdentifierFirst(page: PageSnapshot): boolean {
  const ids = page.fields.filter((f) => isCandidate(f) && ['text', 'email', 'tel'].includes(f.type)
    && (/\busername\b|\bwebauthn\b/.test(f.autocomplete) || USERNAME.test(`${f.name} ${f.id} ${f.label} ${f.placeholder}`)));
  if (ids.length !== 1) return false;
  const id = ids[0]!;
  if (/\busername\b/.test(id.autocomplete)) return true;
  const form = page.forms[id.form];
  const context = `${form ? `${form.action} ${form.id} ${form.name} ${form.className} ${form.buttons}` : ''} ${page.title} ${page.heading} ${page.path}`;
  return SIGN_IN.test(context) && !SIGN_UP.test(context) && !NEWSLETTER.test(context);
}
