import { describe, expect, it } from 'vitest';
import { detect } from '../../src/core/detect/index.ts';
import type { FieldSnapshot, PageSnapshot } from '../../src/core/detect/snapshot.ts';

const field = (over: Partial<FieldSnapshot>): FieldSnapshot => ({ type: 'text', name: '', id: '', autocomplete: '', placeholder: '', label: '', visible: true, revealable: false, form: 0, ...over });
const page = (fields: FieldSnapshot[], over: Partial<PageSnapshot> = {}): PageSnapshot => ({
  fields, forms: [{ action: '/session', method: 'post', id: '', name: '', className: '', buttons: '' }], fileInputs: 0, dropZones: 0, buttons: [], title: '', heading: '', path: '/', ...over,
});

describe('sign-in detection', () => {
  it('a visible password field is a sign-in', () => {
    expect(detect(page([field({ type: 'email' }), field({ type: 'password', autocomplete: 'current-password' })])))
      .toEqual([{ kind: 'sign-in', reasons: ['password-field'] }]);
  });
  it('a hidden password field is not', () => {
    expect(detect(page([field({ type: 'password', visible: false })]))).toEqual([]);
  });
  it('a new-password field is a sign-up, not a sign-in', () => {
    expect(detect(page([field({ type: 'email' }), field({ type: 'password', autocomplete: 'new-password' })]))).toEqual([{ kind: 'sign-up', reasons: ['new-password-only'] }]);
  });
  it('password and confirmation in one form is a sign-up', () => {
    expect(detect(page([field({ type: 'password' }), field({ type: 'password' })]))).toEqual([{ kind: 'sign-up', reasons: ['password-confirmation'] }]);
  });
  it('current and new password is a password change', () => {
    expect(detect(page([field({ type: 'password', autocomplete: 'current-password' }), field({ type: 'password', autocomplete: 'new-password' })])))
      .toEqual([{ kind: 'password-change', reasons: ['current-and-new-password'] }]);
  });
  it('a one-time code is its own kind', () => {
    expect(detect(page([field({ autocomplete: 'one-time-code' })]))).toEqual([{ kind: 'one-time-code', reasons: ['one-time-code-autocomplete'] }]);
  });
  it('a passkey field is a sign-in', () => {
    expect(detect(page([field({ type: 'text', autocomplete: 'username webauthn' })]))).toEqual([{ kind: 'sign-in', reasons: ['webauthn-autocomplete', 'identifier-first'] }]);
  });
  it('an identifier-first step needs sign-in words, and a newsletter box is not one', () => {
    expect(detect(page([field({ type: 'email', name: 'email' })], { title: 'sign in to your account' }))).toEqual([{ kind: 'sign-in', reasons: ['identifier-first'] }]);
    expect(detect(page([field({ type: 'email', name: 'email' })], { title: 'subscribe to our newsletter' }))).toEqual([]);
  });
  it('a dialog that is not open yet still counts (revealable)', () => {
    expect(detect(page([field({ type: 'password', visible: false, revealable: true })]))).toEqual([{ kind: 'sign-in', reasons: ['password-field'] }]);
  });
  it('SSO choices are a sign-in', () => {
    expect(detect(page([], { buttons: ['continue with google', 'continue with apple', 'help'] }))).toEqual([{ kind: 'sign-in', reasons: ['sso-choices'] }]);
  });
  it('a file input or a drop zone is an upload', () => {
    expect(detect(page([], { fileInputs: 1, dropZones: 1 }))).toEqual([{ kind: 'upload', reasons: ['file-input', 'drop-zone'] }]);
  });
  it('a page with no fields is nothing', () => {
    expect(detect(page([]))).toEqual([]);
  });
});

describe('per-form judgement', () => {
  const forms = [
    { action: '/login', method: 'post', id: 'login-form', name: '', className: '', buttons: 'log in' },
    { action: '/register', method: 'post', id: '', name: '', className: 'register', buttons: 'register' },
  ];
  it('a sign-in form beside a registration form is both a sign-in and a sign-up', () => {
    const p = page([
      field({ type: 'password', autocomplete: 'current-password', form: 0 }),
      field({ type: 'password', autocomplete: 'new-password', form: 1 }),
      field({ type: 'password', form: 1 }),
    ], { forms });
    expect(detect(p)).toEqual([{ kind: 'sign-in', reasons: ['password-field'] }, { kind: 'sign-up', reasons: ['password-confirmation'] }]);
  });
  it('a login form that marks its password new-password (to stop autofill) is still a sign-in', () => {
    expect(detect(page([field({ type: 'password', autocomplete: 'new-password', form: 0 })], { forms }))).toEqual([{ kind: 'sign-in', reasons: ['password-field'] }]);
  });
  it('a hidden login drop-down counts when its own form says it signs in; a hidden stray field does not', () => {
    expect(detect(page([field({ type: 'password', visible: false, form: 0 })], { forms }))).toEqual([{ kind: 'sign-in', reasons: ['password-field'] }]);
    expect(detect(page([field({ type: 'password', visible: false, form: 1 })], { forms }))).toEqual([]);
  });
});

describe('honeypots', () => {
  it('a hidden password field beside a visible one does not turn a sign-in into a sign-up', () => {
    const forms = [{ action: '/login', method: 'post', id: '', name: '', className: '', buttons: 'login' }];
    expect(detect(page([field({ type: 'password', visible: false, form: 0 }), field({ type: 'password', form: 0 })], { forms })))
      .toEqual([{ kind: 'sign-in', reasons: ['password-field'] }]);
  });
});

describe('formless pages with sign-in and sign-up side by side', () => {
  it('a password field named for signing in counts even beside a sign-up one', () => {
    const p = page([field({ type: 'password', id: 'gss-signup-password', form: -1 }), field({ type: 'password', id: 'gss-signin-password', form: -1 })]);
    expect(detect(p).find((s) => s.kind === 'sign-in')).toEqual({ kind: 'sign-in', reasons: ['named-password-field'] });
  });
});
