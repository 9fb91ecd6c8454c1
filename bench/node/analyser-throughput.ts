/**
 * analyserPerSec: utterances per second through the question analyser in
 * Node, with the real default-pack jargon. The corpus is the labelled Dutch
 * cases plus the sample transcript, cycled; median of timed rounds after a
 * warm-up round.
 */
import { readFileSync } from 'node:fs';
import { analyseUtterance } from '../../lib/analyser/analyse-utterance';
import { CASES } from '../../lib/analyser/cases.nl';
import { median } from '../stats';
import { loadDefaultJargon } from './default-jargon';

const TRANSCRIPT = new URL('../../lib/analyser/fixtures/transcript.txt', import.meta.url);
const PER_ROUND = 20_000;

export function measureAnalyser(rounds = 5): { analyserPerSec: number; corpus: number } {
  const jargon = loadDefaultJargon();
  const corpus = [
    ...CASES.map((c) => c.text),
    ...readFileSync(TRANSCRIPT, 'utf8').split('\n').filter(Boolean),
  ];
  let sink = 0;
  const round = () => {
    const start = performance.now();
    for (let i = 0; i < PER_ROUND; i++) {
      sink += analyseUtterance(corpus[i % corpus.length]!, { jargon }).flags.length;
    }
    return PER_ROUND / ((performance.now() - start) / 1000);
  };
  round(); // warm-up: JIT and regex compilation
  const rates = Array.from({ length: rounds }, round);
  if (sink < 0) throw new Error('unreachable');
  return { analyserPerSec: median(rates), corpus: corpus.length };
}
