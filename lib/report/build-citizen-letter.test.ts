import { describe, expect, it } from 'vitest';
import { findBsns } from '../taalcheck/bsn';
import { checkText } from '../taalcheck/check-text';
import { createJargonMatcher } from '../taalcheck/find-jargon';
import { B1_READABILITY_THRESHOLD } from '../taalcheck/flesch-douma';
import { afwegingOf } from './afweging-of';
import { buildCitizenLetter } from './build-citizen-letter';
import {
  ALL,
  conversation,
  emptyVrij,
  emptyWmo,
  fullWmo,
  pack,
  TALK_DATE,
  vervoer,
  vrij,
  werk,
} from './cases.nl';

const jargon = createJargonMatcher(pack.jargon);
const letters = Object.entries(ALL).map(([name, talk]) => ({
  name,
  talk,
  letter: buildCitizenLetter(talk, pack),
}));

/** Text spans the vervoerscheck wrote (lib/mobility owns and tests their wording). */
function afwegingSpans(talk: (typeof ALL)[keyof typeof ALL], letter: string): [number, number][] {
  const paragraphs = afwegingOf(talk, pack)?.inwoner.split('\n\n') ?? [];
  return paragraphs
    .map((paragraph): [number, number] => {
      const start = letter.indexOf(paragraph);
      return [start, start + paragraph.length];
    })
    .filter(([start]) => start >= 0);
}

describe('buildCitizenLetter reads as B1', () => {
  // Threshold 65 (Flesch-Douma, middle of Douma's "normaal" band): B1 rules of about 10
  // words per sentence and mostly one- or two-syllable words score 70-82, an official
  // letter about 51 (lib/taalcheck/README.md, domain-anchors §5.5).
  it.each(letters)('$name scores at least the B1 threshold', ({ letter }) => {
    const actual = checkText(letter, { jargon }).readability;

    expect(actual).toBeGreaterThanOrEqual(B1_READABILITY_THRESHOLD);
  });

  it.each(letters)('$name holds no jargon from the pack', ({ letter }) => {
    expect(checkText(letter, { jargon }).jargon).toEqual([]);
  });

  it.each(letters)(
    '$name has no sentence over 20 words and no passive of its own',
    ({ talk, letter }) => {
      const spans = afwegingSpans(talk, letter);
      const ours = ({ offset }: { offset: number }) =>
        !spans.some(([from, to]) => offset >= from && offset < to);
      const result = checkText(letter, { jargon });

      expect(result.longSentences.filter(ours)).toEqual([]);
      expect(result.passive.filter(ours)).toEqual([]);
    },
  );

  it.each(letters)('$name keeps sentences short on average', ({ letter }) => {
    expect(checkText(letter, { jargon }).avgSentenceLength).toBeLessThanOrEqual(12);
  });
});

describe('buildCitizenLetter content', () => {
  it.each(letters)(
    '$name says what happens next, how to react and offers free support',
    ({ letter }) => {
      const lines = letter.split('\n');

      expect(lines).toContain('Wat gebeurt er nu?');
      expect(lines).toContain('Klopt er iets niet?');
      expect(letter).toContain('U kunt gratis hulp krijgen van iemand die naast u staat.');
      expect(lines.indexOf('Wat gebeurt er nu?')).toBeLessThan(
        lines.indexOf('Klopt er iets niet?'),
      );
    },
  );

  it.each([
    ['wmo', fullWmo, true],
    ['vervoer', vervoer, true],
    ['werk', werk, false],
    ['vrij', vrij, false],
  ])('a %s letter explains the Wmo terms: %s', (_type, talk, expected) => {
    const letter = buildCitizenLetter(talk, pack);

    expect(letter.includes('Binnen 2 weken daarna besluit de gemeente.')).toBe(expected);
    expect(letter.includes('De gemeente heeft 6 weken')).toBe(expected);
  });

  it('tells the inwoner first what to check and by when', () => {
    const letter = buildCitizenLetter(fullWmo, pack, { date: TALK_DATE, respondWithinDays: 10 });

    const intro = letter.split('\n\n')[2]!;

    expect(intro).toContain('Op maandag 16 juni 2025 hadden we een gesprek.');
    expect(intro).toContain('Laat het ons dan weten, uiterlijk donderdag 26 juni 2025.');
    expect(letter).toContain('Dat kan tot en met donderdag 26 juni 2025.');
  });

  it.each([
    [
      'U vertelde over het huishouden, de boodschappen en de post: "Het huishouden lukt niet meer sinds mijn heupoperatie."',
    ],
    ['- Wat u graag wilt: Zelf blijven koken.'],
    ['- wat u zelf kunt'],
    ['- Wij: Hulp bij schoonmaken en de was aanvragen.'],
    ['- U: De folder van de boodschappendienst lezen.'],
    [
      '- Welzijn Zijlstad neemt contact met u op. Zij helpen u met: Een maatje zoeken voor een wekelijkse wandeling.',
    ],
    ['  Hoe lang duurt die hulp? Drie maanden.'],
    ['- Vrijdag 20 juni: Hulp bij schoonmaken en de was aanvragen (wij).'],
    ['- Binnen 2 weken: Kennismaking met de ouderenadviseur (Welzijn Zijlstad).'],
  ])('the full Wmo letter holds %j', (line) => {
    expect(buildCitizenLetter(fullWmo, pack)).toContain(line);
  });

  it('replaces jargon in the professional’s words by the B1 alternative', () => {
    const letter = buildCitizenLetter(fullWmo, pack);

    expect(letter).not.toMatch(/huishoudelijke ondersteuning/i);
  });

  it.each([
    ['fullWmo: schulden', fullWmo, /schuld/i],
    ['vrij: veiligheid thuis', vrij, /veilig|geweld/i],
    ['werk: schulden', werk, /schuld/i],
  ])('never names a sensitive topic (%s)', (_case, talk, pattern) => {
    expect(buildCitizenLetter(talk, pack)).not.toMatch(pattern);
  });

  it('asks consent before a warm handover that has none yet', () => {
    expect(buildCitizenLetter(vrij, pack)).toContain(
      '- Als u het goed vindt, vragen wij Schuldhulp Zijlstad om contact met u op te nemen.',
    );
  });

  it.each([
    ['wmo', emptyWmo],
    ['vrij', emptyVrij],
  ])('an almost empty %s letter says that nothing was agreed yet', (_type, talk) => {
    const letter = buildCitizenLetter(talk, pack);

    expect(letter).toContain('We hebben nog geen afspraken gemaakt.');
    expect(letter).toContain('We hebben nog geen datums afgesproken.');
    expect(letter).not.toContain('Wat u ons vertelde');
  });

  it('tells the vervoer afweging once, with one "Klopt er iets niet?"', () => {
    const letter = buildCitizenLetter(vervoer, pack);

    expect(letter).toContain('Uw vraag over vervoer');
    expect(letter.match(/Klopt er iets niet\?/g)).toHaveLength(2);
    expect(letter.match(/Fysiotherapie De Brug neemt contact met u op/g)).toHaveLength(1);
    expect(letter).toContain('We hebben ook afgesproken dat:\n- U: De buurtbus een keer proberen.');
  });

  it('uses the contact and signature it is given', () => {
    const letter = buildCitizenLetter(werk, pack, {
      contact: '14 0591 of werk@zijlstad.example',
      signature: 'Sanne de Boer, klantmanager',
    });

    expect(letter).toContain('Bel of mail ons: 14 0591 of werk@zijlstad.example');
    expect(letter.endsWith('Met vriendelijke groet,\nSanne de Boer, klantmanager')).toBe(true);
  });

  it('never writes a BSN that slipped into free text', () => {
    const talk = conversation('wmo', {
      notes: { financien: { own: 'Mijn BSN is 123 456 782.', strengths: '', wish: '' } },
      agreements: [{ who: 'inwoner', what: 'Brief met 111222333 meenemen', when: 'morgen' }],
    });

    const actual = buildCitizenLetter(talk, pack);

    expect(findBsns(actual)).toEqual([]);
    expect(actual.replace(/\D/g, '')).not.toMatch(/123456782|111222333/);
  });
});
