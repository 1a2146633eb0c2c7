/**
 * A small seeded pseudo-random generator (mulberry32) for the mutation corpus: the same seed gives
 * the same corpus on every run and every machine, so a disagreement can always be reproduced.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** `k` distinct items in their original order (all of them when there are at most `k`). */
  sample<T>(items: readonly T[], k: number): T[];
}

/** FNV-1a of a string: seeds a generator from a name such as `JW301`. */
export function seedVan(naam: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < naam.length; i++) {
    h ^= naam.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function prng(seed: number): Prng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)]!;
    },
    sample: (items, k) => {
      if (items.length <= k) return [...items];
      const indices = items.map((_, i) => i);
      for (let i = indices.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [indices[i], indices[j]] = [indices[j]!, indices[i]!];
      }
      return indices.slice(0, k).sort((x, y) => x - y).map((i) => items[i]!);
    },
  };
}
