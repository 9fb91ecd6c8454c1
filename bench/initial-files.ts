/**
 * What an extension page loads first: the HTML's module script and
 * modulepreload links plus everything they import statically (Rollup output:
 * `import{…}from"./x.js"`, `import"./x.js"`). Dynamic `import("./x.js")`
 * chunks are lazy and not counted. Pure except for the injected reader.
 */
import path from 'node:path/posix';

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const HTML_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const HTML_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;

/** Relative specifiers of the static imports and re-exports in one ES module. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

/** Root-relative paths of the module scripts an HTML page starts with. */
export function htmlEntryScripts(html: string): string[] {
  const urls = [...html.matchAll(HTML_SCRIPT), ...html.matchAll(HTML_PRELOAD)].map((m) => m[1]!);
  return [...new Set(urls.map((url) => url.replace(/^\//, '')))];
}

/** The closure of static imports from the entry files, as paths relative to the build root. */
export function initialFiles(entries: string[], read: (file: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(read(file))) {
      visit(path.normalize(path.join(path.dirname(file), spec)));
    }
  };
  entries.forEach(visit);
  return [...seen];
}
