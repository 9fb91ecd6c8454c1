/**
 * Recognises the host screen: the first adapter whose URL patterns match and
 * whose screen markers all hold. Runs in the content script, so it imports
 * only types (adapters arrive validated from the background) and queries a
 * handful of selectors, never the whole DOM.
 */
import type { Adapter, Screen, SelectorStep } from './adapter-schema';
import { matchesPattern } from './match-pattern';

export interface AdapterMatch {
  adapter: Adapter;
  /** null: the URL matches but no known screen is open. */
  screen: Screen | null;
}

const MAX_MARKER_CANDIDATES = 20;
const MAX_CASE_REF = 80;

export function matchAdapter(
  location: { href: string },
  root: ParentNode,
  adapters: readonly Adapter[],
): AdapterMatch | null {
  let fallback: AdapterMatch | null = null;
  for (const adapter of adapters) {
    if (adapter.disabled || !adapter.matches.some((p) => matchesPattern(p, location.href))) {
      continue;
    }
    const screen = adapter.screens.find((s) => screenHolds(root, s)) ?? null;
    if (screen) return { adapter, screen };
    fallback ??= { adapter, screen: null };
  }
  return fallback;
}

function screenHolds(root: ParentNode, screen: Screen): boolean {
  return screen.markers.every(({ selector, text }) => {
    const candidates = queryAll(root, selector);
    if (text === undefined) return candidates.length > 0;
    const wanted = normalize(text);
    return candidates
      .slice(0, MAX_MARKER_CANDIDATES)
      .some((el) => normalize(el.textContent ?? '').includes(wanted));
  });
}

/** The first element found by a fallback list of selectors, in order. */
export function findFirst(root: ParentNode, steps: readonly SelectorStep[] | undefined) {
  for (const step of steps ?? []) {
    const found = queryOne(root, step.selector);
    if (found) return found;
  }
  return null;
}

/** The case reference as plain text (never HTML), trimmed and bounded. */
export function readCaseRef(root: ParentNode, match: AdapterMatch | null): string | null {
  if (!match?.screen) return null;
  const element = findFirst(root, match.screen.caseRef ?? match.adapter.caseRef);
  const text = element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return text === '' ? null : text.slice(0, MAX_CASE_REF);
}

export function findVerslagField(root: ParentNode, match: AdapterMatch | null): Element | null {
  return match?.screen ? findFirst(root, match.screen.verslagField) : null;
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl');
}

// An invalid selector in an adapter must not break the content script.
function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function queryOne(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}
