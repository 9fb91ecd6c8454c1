import { useCallback, useEffect, useState } from 'react';

/** The panel's location: `#/a/b` → ['a', 'b']. Hash routing keeps reloads on the same screen. */
export function parseHash(hash: string): string[] {
  return hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
}

export function useHashRoute(): [string[], (path: string) => void] {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((path: string) => {
    location.hash = path.startsWith('#') ? path : `#${path}`;
  }, []);
  return [route, navigate];
}
