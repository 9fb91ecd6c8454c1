/**
 * The shape of one alternative's rule: facts in, a proposed status with Dutch
 * reasons out. Rules never decide: the professional confirms or overrides.
 */
import type { MobilityAlternative } from '../../packs/pack-schema';
import type { Facts } from '../facts';

export const STATUSES = ['past', 'nagaan', 'past-niet'] as const;
export type Status = (typeof STATUSES)[number];

export interface Proposal {
  status: Status;
  reasons: string[];
}

export interface RuleContext {
  alternative: MobilityAlternative;
  /** Proposals so far, in ladder order (maatwerk looks back at them), with display names. */
  earlier: ReadonlyMap<string, { status: Status; name: string }>;
}

export type Rule = (facts: Facts, context: RuleContext) => Proposal;

export const past = (...reasons: string[]): Proposal => ({ status: 'past', reasons });
export const nagaan = (...reasons: string[]): Proposal => ({ status: 'nagaan', reasons });
export const pastNiet = (...reasons: string[]): Proposal => ({ status: 'past-niet', reasons });

/** A reason that says what to ask next. */
export const ask = (question: string) => `Nog vragen: ${question}`;
