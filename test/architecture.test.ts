// The tree's rules (README "Layout"): the kernel imports nothing of ours, browser/ knows no
// feature, a feature imports the kernel, browser/, ui/, its own folder and the focus feature's
// public surface (features/focus/index.ts, and reads.ts for pages) only,
// app/ alone composes features; and no import cycles anywhere.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOTS = ['kernel', 'browser', 'ui', 'features', 'app', 'entrypoints'];
/** What every feature may use of the focus feature: the view, the record types, TickTick's sites, and its page reads. */
const FOCUS_PUBLIC = ['features/focus/index.ts', 'features/focus/reads.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) && !d.name.endsWith('.d.ts') ? [join(dir, d.name)] : []);
}
const files = ROOTS.flatMap(sources);
const known = new Set(files);
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => normalize(join(dirname(file), s))).flatMap((p) => [p, `${p}.ts`, `${p}.tsx`].filter((c) => known.has(c)).slice(0, 1));
}
const graph = new Map(files.map((f) => [f, imports(f)]));
const featureOf = (f: string) => (f.startsWith('features/') ? f.split('/')[1]! : null);

function allowed(from: string, to: string): boolean {
  const top = from.split('/')[0];
  const target = to.split('/')[0];
  if (top === 'kernel') return target === 'kernel';
  if (top === 'browser') return target === 'kernel' || target === 'browser';
  if (top === 'ui') return ['kernel', 'browser', 'ui'].includes(target!);
  if (top === 'features') {
    if (['kernel', 'browser', 'ui'].includes(target!)) return true;
    return featureOf(to) === featureOf(from) || FOCUS_PUBLIC.includes(to);
  }
  return true; // app/ and entrypoints/ compose
}

describe('the tree', () => {
  it('each layer imports only what it may', () => {
    const wrong = [...graph].flatMap(([f, deps]) => deps.filter((d) => !allowed(f, d)).map((d) => `${f} → ${d}`));
    expect(wrong).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const walk = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') return void cycles.push([...path.slice(path.indexOf(f)), f].join(' → '));
      state.set(f, 'open');
      for (const d of graph.get(f) ?? []) walk(d, [...path, f]);
      state.set(f, 'done');
    };
    files.forEach((f) => walk(f, []));
    expect(cycles).toEqual([]);
  });
});

// The style the tree keeps (README "How it works"): one concern per file, short functions.
describe('short pieces', () => {
  const ours = [...files, ...sources('scripts')];
  it('no source file over 200 lines', () => {
    const long = ours.map((f) => [f, readFileSync(f, 'utf8').split('\n').length - 1] as const).filter(([, n]) => n > 200);
    expect(long).toEqual([]);
  });

  it('no function over 60 lines', () => {
    const long: string[] = [];
    for (const f of ours) {
      const src = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
      const line = (pos: number) => src.getLineAndCharacterOfPosition(pos).line;
      const visit = (n: ts.Node): void => {
        if (ts.isFunctionLike(n) && 'body' in n && n.body && line(n.end) - line(n.getStart()) + 1 > 60) long.push(`${f}:${line(n.getStart()) + 1}`);
        ts.forEachChild(n, visit);
      };
      visit(src);
    }
    expect(long).toEqual([]);
  });
});
