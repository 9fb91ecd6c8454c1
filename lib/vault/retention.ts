/**
 * Deletes conversations and practice sessions whose retention deadline has
 * passed, through the expiresAt index (no key needed: dates are plaintext).
 * Also applies a lowered setting at once: rows older than `retentionDays`
 * since their last change go too, and remaining deadlines are recomputed.
 */
import type { ZijlijnDB } from '../db/zijlijn-db';
import { DAY_MS } from './repo-clock';
import { clamp, effectiveRetentionDays, RETENTION_DAYS, retentionDays } from './vault-settings';

export interface RetentionResult {
  conversations: number;
  practiceSessions: number;
}

export async function runRetention(
  db: ZijlijnDB,
  now: number = Date.now(),
  retentionDays?: number,
): Promise<RetentionResult> {
  return db.transaction('rw', db.conversations, db.practiceSessions, async () => {
    const result = { conversations: 0, practiceSessions: 0 };
    for (const [name, table] of [
      ['conversations', db.conversations],
      ['practiceSessions', db.practiceSessions],
    ] as const) {
      result[name] += await table.where('expiresAt').belowOrEqual(now).delete();
      if (retentionDays !== undefined) {
        result[name] += await table
          .where('updatedAt')
          .below(now - retentionDays * DAY_MS)
          .delete();
      }
    }
    return result;
  });
}

/** After the setting changes: every deadline becomes last change + days. */
export async function rescheduleExpiry(db: ZijlijnDB, retentionDays: number): Promise<void> {
  await db.transaction('rw', db.conversations, db.practiceSessions, async () => {
    const reschedule = (row: { updatedAt: number; expiresAt: number }) => {
      row.expiresAt = row.updatedAt + retentionDays * DAY_MS;
    };
    await db.conversations.toCollection().modify(reschedule);
    await db.practiceSessions.toCollection().modify(reschedule);
  });
}

/** Stores a new retention setting and applies it to every stored record now. */
export async function changeRetentionDays(
  db: ZijlijnDB,
  days: number,
  now: number = Date.now(),
): Promise<number> {
  const value = clamp(days, RETENTION_DAYS);
  await retentionDays.setValue(value);
  // What applies is the user's choice capped by policy, as for every save.
  const effective = await effectiveRetentionDays();
  await rescheduleExpiry(db, effective);
  await runRetention(db, now, effective);
  return value;
}
