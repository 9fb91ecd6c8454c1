/**
 * Validates site adapters where they enter (built-in, options import, policy
 * JSON text). Each adapter stands alone: an invalid one is rejected with a
 * Dutch message naming the field, the others keep working (PRODUCT §6).
 */
import { describePath, dutchIssueMessage } from '../packs/pack-errors';
import { AdapterSchema, type Adapter } from './adapter-schema';

export type AdapterOrigin = 'builtin' | 'policy' | 'import';

export interface ParsedAdapters {
  adapters: Adapter[];
  problems: string[];
}

const MAX_ADAPTERS = 100;
const ORIGIN_NAMES: Record<AdapterOrigin, string> = {
  builtin: 'ingebouwde adapter',
  policy: 'adapter uit het beleid',
  import: 'geïmporteerde adapter',
};

/** One adapter object or an array of them. */
export function parseAdapters(input: unknown, origin: AdapterOrigin): ParsedAdapters {
  const list = Array.isArray(input) ? input : [input];
  const result: ParsedAdapters = { adapters: [], problems: [] };
  if (list.length > MAX_ADAPTERS) {
    result.problems.push(`${label(origin)}: hoogstens ${MAX_ADAPTERS} adapters tegelijk.`);
    return result;
  }
  list.forEach((raw, index) => {
    const parsed = AdapterSchema.safeParse(raw, { error: dutchIssueMessage });
    if (parsed.success) {
      result.adapters.push(parsed.data);
      return;
    }
    const first = parsed.error.issues[0];
    const where = first ? describePath([index, ...first.path], list) : describePath([index], list);
    result.problems.push(`${label(origin)} ongeldig: ${where}: ${first?.message ?? 'ongeldig'}`);
  });
  return result;
}

/** JSON text as it arrives from a file or from policy. */
export function parseAdapterText(text: string, origin: AdapterOrigin): ParsedAdapters {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { adapters: [], problems: [`${label(origin)} ongeldig: dit is geen geldige JSON.`] };
  }
  return parseAdapters(input, origin);
}

/**
 * Layers adapters by id, later layers winning (built-in < policy < import,
 * like content packs); `disabled` switches an id off.
 */
export function mergeAdapters(layers: readonly (readonly Adapter[])[]): Adapter[] {
  const byId = new Map<string, Adapter>();
  for (const layer of layers) for (const adapter of layer) byId.set(adapter.id, adapter);
  return [...byId.values()].filter((a) => !a.disabled);
}

function label(origin: AdapterOrigin): string {
  const name = ORIGIN_NAMES[origin];
  return name.charAt(0).toUpperCase() + name.slice(1);
}
