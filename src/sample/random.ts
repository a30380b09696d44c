/** A small seeded PRNG (mulberry32) and the helpers the sample generators use. Deterministic. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  chance(p: number): boolean;
  /** Approximately normal (sum of uniforms), clamped to [min, max]. */
  normal(mean: number, sd: number, min?: number, max?: number): number;
  digits(n: number): string;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (items) => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [v, w] of items) {
        r -= w;
        if (r < 0) return v;
      }
      return items[items.length - 1]![0];
    },
    chance: (p) => next() < p,
    normal: (mean, sd, min = -Infinity, max = Infinity) => {
      const z = (next() + next() + next() + next() + next() + next() - 3) / Math.SQRT2 / 0.7071;
      return Math.min(max, Math.max(min, mean + (z / Math.sqrt(2)) * sd));
    },
    digits: (n) => Array.from({ length: n }, () => String(Math.floor(next() * 10))).join(''),
  };
  return rng;
}

/** `YYYY-MM-DD` of a day counted from 1 January of `year` (UTC, no time zones involved). */
export function dayOfYear(year: number, index: number): string {
  return new Date(Date.UTC(year, 0, 1 + index)).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function randomDate(rng: Rng, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  const days = Math.floor((b - a) / 86400000);
  return addDays(from, rng.int(0, Math.max(0, days)));
}

/** Vietnam time, with seconds: `2025-03-14T09:07:30+07:00`. */
export function vnTime(date: string, rng: Rng, fromHour = 7, toHour = 17): string {
  const h = String(rng.int(fromHour, toHour)).padStart(2, '0');
  const m = String(rng.int(0, 59)).padStart(2, '0');
  const s = String(rng.int(0, 59)).padStart(2, '0');
  return `${date}T${h}:${m}:${s}+07:00`;
}
