/**
 * The permission pattern for one site: scheme and host, every path and port
 * (Firefox match patterns cannot carry a port). Only http(s) pages qualify.
 */
export function sitePattern(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'https:' && protocol !== 'http:') return null;
    return `${protocol}//${hostname}/*`;
  } catch {
    return null;
  }
}

/** `https://sociaal.zijlstad.nl/*` → `https://sociaal.zijlstad.nl`, for display. */
export function patternLabel(pattern: string): string {
  return pattern.replace(/\/\*$/, '');
}
