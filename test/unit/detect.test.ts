import { describe, expect, it } from 'vitest';
import { detect } from '../../src/core/detect/index.ts';
import type { FieldSnapshot, PageSnapshot } from '../../src/core/detect/snapshot.ts';

const field = (over: Partial<FieldSnapshot>): FieldSnapshot => ({ type: 'text', name: '', id: '', autocomplete: '', visible: true, form: 0, ...over });
const page = (fields: FieldSnapshot[]): PageSnapshot => ({ fields, forms: [{ action: '/session', method: 'post' }], fileInputs: 0, path: '/' });

describe('sign-in detection', () => {
  it('a visible password field is a sign-in', () => {
    expect(detect(page([field({ type: 'email' }), field({ type: 'password', autocomplete: 'current-password' })])))
      .toEqual([{ kind: 'sign-in', reasons: ['password-field'] }]);
  });
  it('a hidden password field is not', () => {
    expect(detect(page([field({ type: 'password', visible: false })]))).toEqual([]);
  });
  it('a new-password field (sign-up, password change) is not a sign-in', () => {
    expect(detect(page([field({ type: 'password', autocomplete: 'new-password' })]))).toEqual([]);
  });
  it('a passkey field is a sign-in', () => {
    expect(detect(page([field({ type: 'text', autocomplete: 'username webauthn' })]))).toEqual([{ kind: 'sign-in', reasons: ['webauthn-autocomplete'] }]);
  });
  it('a page with no fields is nothing', () => {
    expect(detect(page([]))).toEqual([]);
  });
});
