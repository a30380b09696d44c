// Statistics for the benchmark report: medians with distribution-free intervals, and ratios of
// medians with a bootstrap interval. Pure functions (no I/O), shared by run.js and report.js.
import { rng } from '../../bench/donation-ledger/generate.js';

/** Median and a distribution-free 95% confidence interval for it (binomial order statistics). */
export function medianCI(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return { median: NaN, low: NaN, high: NaN, n };
  const half = (1.96 * Math.sqrt(n)) / 2;
  const lo = Math.max(1, Math.floor(n / 2 - half));
  const hi = Math.min(n, Math.ceil(1 + n / 2 + half));
  return { median: median(s), low: s[lo - 1], high: s[hi - 1], n };
}

function median(sorted) {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/**
 * The ratio of two medians (slower / faster) and a 95% percentile-bootstrap interval for it
 * (2,000 resamples of each side, seeded).
 */
export function ratioCI(slower, faster, resamples = 2000) {
  const sort = (xs) => [...xs].sort((a, b) => a - b);
  const value = median(sort(slower)) / median(sort(faster));
  const next = rng(20261207);
  const pick = (xs) => sort(Array.from(xs, () => xs[Math.floor(next() * xs.length)]));
  const ratios = [];
  for (let i = 0; i < resamples; i++) ratios.push(median(pick(slower)) / median(pick(faster)));
  ratios.sort((a, b) => a - b);
  return { value, low: ratios[Math.floor(0.025 * resamples)], high: ratios[Math.ceil(0.975 * resamples) - 1] };
}
