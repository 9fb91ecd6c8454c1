/**
 * `why`: a waarom-question. It often sounds like a hidden reproach; "wat maakt dat…"
 * or "hoe komt het dat…" asks the same without it (domain-anchors §5.1, Divosa).
 * Only questions count: "ik begrijp waarom u boos bent" is not flagged.
 */
import type { Rule } from './rule';

const WAAROM = /\bwaarom\b/;

export const whyQuestion: Rule = ({ questions }) =>
  questions.some((sentence) => WAAROM.test(sentence.norm));
