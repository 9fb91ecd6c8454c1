import { describe, expect, it } from 'vitest';
import { htmlEntryScripts, initialFiles, staticImports } from './initial-files';

describe('staticImports', () => {
  it.each([
    ['import{r as f,j as e}from"./use-pack-D1.js";const a=1;', ['./use-pack-D1.js']],
    [
      'import"./side-effect.js";import*as z from"../chunks/zod.js"',
      ['./side-effect.js', '../chunks/zod.js'],
    ],
    ['export{a as b}from"./x.js";', ['./x.js']],
    ['const P=lazy(()=>te(()=>import("./practice-C.js"),__vite__mapDeps([0,1])));', []],
    ['const m=["chunks/practice-C.js","assets/a.css"];', []],
    ['import{a}from"react";', []],
  ])('%s → %j', (code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});

describe('htmlEntryScripts', () => {
  it('finds the module script and the modulepreload links, not the stylesheets', () => {
    const html = `<script type="module" crossorigin src="/chunks/sidepanel-D.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/use-pack-D.js">
    <link rel="stylesheet" crossorigin href="/assets/sidepanel.css">`;

    expect(htmlEntryScripts(html)).toEqual(['chunks/sidepanel-D.js', 'chunks/use-pack-D.js']);
  });
});

describe('initialFiles', () => {
  it('follows static imports transitively and skips lazy chunks', () => {
    const files: Record<string, string> = {
      'chunks/sidepanel.js': 'import{a}from"./shared.js";const P=()=>import("./practice.js");',
      'chunks/shared.js': 'import"./react.js";export const a=1;',
      'chunks/react.js': 'export const r=1;',
      'chunks/practice.js': 'import"./charts.js";',
    };

    const actual = initialFiles(['chunks/sidepanel.js'], (f) => files[f]!);

    expect(actual.sort()).toEqual(['chunks/react.js', 'chunks/shared.js', 'chunks/sidepanel.js']);
  });
});
