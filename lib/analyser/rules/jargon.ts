/**
 * `jargon`: a term from the pack's jargon list, also inflected or in a compound (the
 * matching lives in lib/taalcheck/find-jargon.ts). Jargon without checking that it is
 * understood makes inwoners feel stupid (seed-002 L1459-1462).
 */
import type { Rule } from './rule';

export const usesJargon: Rule = ({ text, jargon }) =>
  jargon !== undefined && jargon(text).length > 0;
