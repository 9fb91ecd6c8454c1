import { describe, expect, it } from 'vitest';
import { analyseUtterance } from '../analyser/analyse-utterance';
import type { Flag } from '../analyser/types';
import jargonJson from '../packs/default/jargon.json';
import { JargonEntrySchema } from '../packs/pack-schema';
import scenariosJson from '../packs/default/scenarios.json';
import { createJargonMatcher } from '../taalcheck/find-jargon';
import type { OptionQuality } from './inwoner-reactions';
import { optionsFor } from './picked-options';
import { startSession, step, type PracticeTurn } from './practice-engine';
import { ScenarioSchema, type Scenario } from './scenario-schema';

const jargon = createJargonMatcher(jargonJson.map((j) => JargonEntrySchema.parse(j)));
const scenarios = (scenariosJson as unknown[]).map((s) => ScenarioSchema.parse(s));
const cases = scenarios.map((s) => [s.id, s] as const);
const byId = (id: string) => scenarios.find((s) => s.id === id)!;
const NEGATIVE: Flag[] = ['leading', 'why', 'advice', 'jargon', 'double'];

const typed = (text: string): PracticeTurn => ({
  text,
  analysis: analyseUtterance(text, { jargon }),
});

function playTyped(scenario: Scenario, lines: string[], seed = 9) {
  let state = startSession(scenario, seed);
  const replies: string[] = [];
  for (const line of lines) {
    const result = step(state, typed(line), scenario);
    replies.push(result.reply);
    state = result.state;
  }
  return { state, replies };
}

function playOptions(scenario: Scenario, quality: OptionQuality) {
  let state = startSession(scenario, 31);
  while (state.outcome === null) {
    const option = optionsFor(state, scenario).find((o) => o.quality === quality);
    if (!option) break;
    state = step(state, { ...typed(option.text), picked: quality }, scenario).state;
  }
  return state;
}

describe('practice with the real analyser', () => {
  it.each(cases)('%s: good options carry no pitfall flag, poor ones at least one', (_id, s) => {
    const flagsOf = (text: string) => typed(text).analysis.flags;

    const badGood = s.options.filter((o) => flagsOf(o.good).some((f) => NEGATIVE.includes(f)));
    const mildPoor = s.options.filter((o) => !flagsOf(o.poor).some((f) => NEGATIVE.includes(f)));

    expect(badGood.map((o) => o.good)).toEqual([]);
    expect(mildPoor.map((o) => o.poor)).toEqual([]);
  });

  it.each(cases)(
    '%s: a beginner picking the good option each turn uncovers every fact',
    (_id, s) => {
      const state = playOptions(s, 'good');

      expect(state.outcome).toBe('all-facts');
      expect(state.trust).toBeGreaterThan(s.trust);
    },
  );

  it.each(cases)(
    '%s: picking the poor option each turn uncovers little and costs trust',
    (_id, s) => {
      const state = playOptions(s, 'poor');

      expect(state.uncovered.length).toBeLessThanOrEqual(1);
      expect(state.trust).toBeLessThan(s.trust);
    },
  );

  it('plays a typed good conversation with meneer Visser to the end', () => {
    const scenario = byId('scootmobiel-kees');

    const { state } = playTyped(scenario, [
      'Goedemorgen meneer Visser. Vertel eens, waar wilt u allemaal naartoe?',
      'Dat klinkt alsof u graag weer zelf de deur uit wilt.',
      'Hoe gaat het lopen als u naar de supermarkt gaat?',
      'Wie van de mensen om u heen kan u daarbij helpen?',
      'U wilt uw dochter niet tot last zijn, hoor ik.',
      'Hoe komt u tegenwoordig de dag door?',
      'Stel dat er in de wijk iets anders is dan een scootmobiel. Wat zou u willen proberen?',
    ]);

    expect(state.uncovered).toHaveLength(scenario.facts.length);
    expect(state.outcome).toBe('all-facts');
    expect(state.trust).toBeGreaterThan(scenario.trust);
  });

  it('plays a typed poor conversation with meneer Visser: closed, leading and jargon', () => {
    const scenario = byId('scootmobiel-kees');

    const { state } = playTyped(scenario, [
      'Heeft u een indicatie voor een vervoersvoorziening?',
      'U wilt toch gewoon een scootmobiel, toch?',
      'Kunt u meer dan honderd meter lopen?',
      'Heeft u geen mantelzorger?',
      'Als ik u was, zou ik eerst meer gaan lopen.',
      'Is een algemene voorziening zoals de regiotaxi niet genoeg?',
    ]);

    expect(state.uncovered.length).toBeLessThanOrEqual(1);
    expect(state.trust).toBeLessThan(scenario.trust);
    expect(state.stress).toBeGreaterThan(scenario.stress);
  });

  it('replays a typed conversation identically from the same seed', () => {
    const scenario = byId('statushouder-yonas');
    const lines = [
      'Wat staat er in de brief?',
      'Heeft u bijstand?',
      'Hoe gaat het met de taalles?',
    ];

    expect(playTyped(scenario, lines, 77)).toEqual(playTyped(scenario, lines, 77));
  });
});
