import { useEffect, useState } from 'react';
import { send } from '../../lib/messaging/client';
import type { HostSummary } from '../../lib/messaging/protocol';

/** The most recent host page where the content script announced itself, polled gently. */
export function useHostStatus(intervalMs = 2000): HostSummary | null {
  const [host, setHost] = useState<HostSummary | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      send('host/status', {})
        .then(({ hosts }) => alive && setHost(hosts[0] ?? null))
        .catch(() => alive && setHost(null));
    void load();
    const timer = setInterval(() => void load(), intervalMs);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [intervalMs]);
  return host;
}
