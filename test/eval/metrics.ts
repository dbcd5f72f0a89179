// Precision, recall and F1 with 95% Wilson score intervals.
export interface Counts { tp: number; fp: number; fn: number; tn: number }
export interface Rate { value: number; low: number; high: number; n: number }

export function wilson(successes: number, n: number, z = 1.959964): Rate {
  if (n === 0) return { value: NaN, low: NaN, high: NaN, n };
  const p = successes / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), n };
}

export function score(c: Counts): { precision: Rate; recall: Rate; f1: number } {
  const precision = wilson(c.tp, c.tp + c.fp);
  const recall = wilson(c.tp, c.tp + c.fn);
  const f1 = c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
  return { precision, recall, f1 };
}

export function tally(rows: { expected: boolean | null; got: boolean }[]): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { expected, got } of rows) {
    if (expected === null) continue;
    if (expected && got) c.tp++;
    else if (!expected && got) c.fp++;
    else if (expected && !got) c.fn++;
    else c.tn++;
  }
  return c;
}

export const formatRate = (r: Rate) => (Number.isNaN(r.value) ? '   n/a' : `${r.value.toFixed(3)} [${r.low.toFixed(3)}–${r.high.toFixed(3)}] n=${r.n}`);
