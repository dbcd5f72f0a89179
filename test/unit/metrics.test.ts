import { describe, expect, it } from 'vitest';
import { score, tally, wilson } from '../eval/metrics.ts';

describe('evaluation metrics', () => {
  it('Wilson interval matches the textbook value', () => {
    const r = wilson(8, 10); // 0.8, 95% Wilson ≈ [0.490, 0.943]
    expect(r.low).toBeCloseTo(0.4902, 3);
    expect(r.high).toBeCloseTo(0.9433, 3);
  });
  it('leaves null (ambiguous) rows out of the scores', () => {
    const c = tally([{ expected: true, got: true }, { expected: false, got: true }, { expected: true, got: false }, { expected: null, got: true }, { expected: false, got: false }]);
    expect(c).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
    expect(score(c).f1).toBeCloseTo(0.5);
  });
});
