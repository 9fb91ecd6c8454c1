/**
 * Pure translation core: a dictionary per language, `{name}` placeholders.
 * English dictionaries must carry every Dutch key (the type enforces it).
 */
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

export type Params = Record<string, string | number>;

export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export function createTranslator<K extends string>(
  dicts: Record<Lang, Record<K, string>>,
  lang: Lang,
): (key: K, params?: Params) => string {
  const dict = dicts[lang];
  return (key, params) => format(dict[key], params);
}
