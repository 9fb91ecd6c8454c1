/**
 * taalcheckMs: the taalcheck of a two-page Dutch letter (bench/fixtures,
 * ~840 words with jargon, passives and long sentences) in Node with the real
 * default-pack jargon; median of timed runs after warm-up.
 */
import { readFileSync } from 'node:fs';
import { checkText } from '../../lib/taalcheck/check-text';
import { afterWarmUp, median } from '../stats';
import { loadDefaultJargon } from './default-jargon';

const LETTER = new URL('../fixtures/brief-twee-paginas.txt', import.meta.url);

export function measureTaalcheck(runs = 60, warmUp = 10): { taalcheckMs: number; words: number } {
  const jargon = loadDefaultJargon();
  const text = readFileSync(LETTER, 'utf8');
  const samples: number[] = [];
  let words = 0;
  for (let i = 0; i < runs + warmUp; i++) {
    const start = performance.now();
    words = checkText(text, { jargon }).words;
    samples.push(performance.now() - start);
  }
  return { taalcheckMs: median(afterWarmUp(samples, warmUp)), words };
}
