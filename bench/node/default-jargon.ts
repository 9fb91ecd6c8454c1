/**
 * The real default-pack jargon matcher, loaded the way the CLIs load it:
 * lib/packs/default/jargon.json validated by the pack schema.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { JargonEntrySchema } from '../../lib/packs/pack-schema';
import { createJargonMatcher, type JargonMatcher } from '../../lib/taalcheck/find-jargon';

const JARGON_FILE = new URL('../../lib/packs/default/jargon.json', import.meta.url);

export function loadDefaultJargon(): JargonMatcher {
  const entries = z.array(JargonEntrySchema).parse(JSON.parse(readFileSync(JARGON_FILE, 'utf8')));
  return createJargonMatcher(entries);
}
