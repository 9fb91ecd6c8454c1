/**
 * `summary`: the professional sums up what the inwoner said ("als ik het goed
 * begrijp…", "dus u zegt…", "samengevat…"), the S of LSD and of ORBS
 * (domain-anchors §5.1-5.2). A good move: the tip suggests checking it ("klopt dat?").
 */
import type { Rule } from './rule';

const PATTERNS = [
  /\bals ik (?:het|u|jou|je) goed (?:begrijp|hoor|heb begrepen|samenvat)\b/,
  /^(?:begrijp|hoor) ik (?:het |u |je )?goed\b/,
  /^heb ik (?:het |u |je )?goed begrepen\b/,
  /^dus (?:u|je|jij|jullie)\b(?! (?:moet|kunt beter|zou))/,
  /\b(?:u|je|jij) (?:zegt|bedoelt|wilt) dus\b/,
  /\b(?:kort )?samengevat\b|\bsamenvattend\b|\bsamenvatten\b/,
  /\bik vat (?:\p{L}+ ){0,3}?samen\b/u,
  /\bof ik het goed (?:heb|begrijp|begrepen heb)\b/,
  /\bals ik het (?:zo )?samenvat\b/,
  /\bwat ik (?:\p{L}+ ){0,3}?(?:hoor|begrijp),? is\b/u,
  /\bhet komt erop neer\b|\bmet andere woorden\b/,
];

export const summary: Rule = ({ sentences }) =>
  sentences.some((sentence) => PATTERNS.some((pattern) => pattern.test(sentence.norm)));
