/**
 * Seeded randomness for practice runs (mulberry32). The generator's whole
 * state is one uint32 kept in the session state, so a run replays exactly
 * from its seed and turns; nothing here reads Math.random or the clock.
 */

/** Advance the generator: returns a float in [0, 1) and the next state. */
export function nextRandom(state: number): [value: number, next: number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return [value, next];
}

/** Turn any integer seed into a generator state. */
export function seedState(seed: number): number {
  return Math.trunc(seed) >>> 0;
}

/**
 * Pick an index in [0, length), avoiding `avoid` (the variant used last time)
 * when there is a choice, so the inwoner does not repeat itself verbatim.
 */
export function pickIndex(
  state: number,
  length: number,
  avoid?: number,
): [index: number, next: number] {
  const [value, next] = nextRandom(state);
  let index = Math.floor(value * length);
  if (length > 1 && index === avoid) index = (index + 1) % length;
  return [index, next];
}

/** A stable order of `items` for a given state, without advancing it (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], state: number): T[] {
  const out = [...items];
  let s = state;
  for (let i = out.length - 1; i > 0; i--) {
    const [value, next] = nextRandom(s);
    s = next;
    const j = Math.floor(value * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
