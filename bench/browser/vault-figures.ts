/**
 * unlockMs, list5000Ms, open5000Ms through the bench page's real vault
 * services: unlock at the production KDF cost, then 5,000 sealed
 * conversations, then what the home list and opening one conversation do.
 */
import { afterWarmUp, median } from '../stats';
import { BENCH_PIN, type BenchSession } from './session';

export async function measureUnlock(session: BenchSession, runs = 5, warmUp = 1) {
  const samples = await session.vault('timeUnlock', BENCH_PIN, runs + warmUp);
  return { unlockMs: median(afterWarmUp(samples, warmUp)) };
}

export async function measureWith5000(session: BenchSession, runs = 30, warmUp = 3) {
  const newest = await session.vault('seed', 5000);
  const count = await session.vault('count');
  if (count < 5000) throw new Error(`seeded only ${count} conversations`);
  const list = await session.vault('timeList', runs + warmUp);
  const open = await session.vault('timeOpen', newest, runs + warmUp);
  return {
    list5000Ms: median(afterWarmUp(list, warmUp)),
    open5000Ms: median(afterWarmUp(open, warmUp)),
    stored: count,
  };
}
