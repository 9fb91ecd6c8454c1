import { describe, expect, it } from 'vitest';
import { analyseUtterance } from '../analyse-utterance';

const flags = (text: string) => analyseUtterance(text).flags;

describe('whyQuestion', () => {
  it.each([
    'Waarom bent u verhuisd?',
    'Waarom niet?',
    'En waarom wilt u geen hulp van uw zoon?',
    'Kun je uitleggen waarom je bent gestopt?',
    'waarom heb je niet gebeld',
  ])('flags %j', (text) => {
    expect(flags(text)).toContain('why');
  });

  it.each([
    'Wat maakt dat u bent verhuisd?',
    'Hoe komt het dat u geen hulp wilt?',
    'Ik snap waarom u dat doet.',
    'Daarom vraag ik het.',
  ])('does not flag %j', (text) => {
    expect(flags(text)).not.toContain('why');
  });
});
