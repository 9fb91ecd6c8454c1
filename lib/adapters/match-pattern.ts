/**
 * Browser match patterns (`https://*.gemeente.nl/*`) tested against a URL,
 * without zod or the browser: runs in the content script. A pattern without a
 * port matches every port, as in Chrome.
 */
const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/:]+)(?::(\d+))?(\/.*)$/i;

export function matchesPattern(pattern: string, href: string): boolean {
  const parts = PATTERN.exec(pattern);
  if (!parts) return false;
  const [, scheme = '', host = '', port, path = ''] = parts;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }

  const protocol = url.protocol.slice(0, -1);
  if (
    scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme.toLowerCase()
  ) {
    return false;
  }
  if (!hostMatches(host.toLowerCase(), url.hostname)) return false;
  if (port !== undefined && port !== (url.port || defaultPort(protocol))) return false;
  return globToRegExp(path).test(url.pathname + url.search);
}

function hostMatches(host: string, hostname: string): boolean {
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  }
  return hostname === host;
}

function defaultPort(protocol: string): string {
  return protocol === 'https' ? '443' : '80';
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`);
}
