import { useMemo } from 'react';
import { PracticeHome } from '../../../components/practice/PracticeHome';
import { PracticeSessionScreen } from '../../../components/practice/PracticeSessionScreen';
import type { Pack } from '../../../lib/packs/pack-schema';
import { createJargonMatcher } from '../../../lib/taalcheck/find-jargon';

/**
 * Practice mode, `#/oefenen[/<session id>]`. Lazy-loaded from App.tsx: the
 * analyser, the engine and these screens stay out of the panel's first load.
 */
export default function PracticeRoute({
  route,
  pack,
  navigate,
}: {
  route: string[];
  pack: Pack;
  navigate: (path: string) => void;
}) {
  const jargon = useMemo(() => createJargonMatcher(pack.jargon), [pack.jargon]);
  const id = route[0];
  return id ? (
    <PracticeSessionScreen
      key={id}
      id={id}
      pack={pack}
      jargon={jargon}
      onBack={() => navigate('/oefenen')}
    />
  ) : (
    <PracticeHome pack={pack} open={(next) => navigate(`/oefenen/${encodeURIComponent(next)}`)} />
  );
}
