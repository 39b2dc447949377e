import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALARMS, COMMANDS, SESSION, STORED } from '../../app/keys';

const unique = (xs: string[]) => new Set(xs).size === xs.length;

describe('the names the extension keeps in the browser', () => {
  it('no two stored items, session values or alarms share a name', () => {
    expect(unique(STORED)).toBe(true);
    expect(unique(SESSION)).toBe(true);
    expect(unique(ALARMS)).toBe(true);
    expect(STORED).toContain('local:state');
    expect(STORED).toContain('sync:settings');
  });

  it('the manifest declares exactly the commands the worker handles, besides opening the popup', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    const declared = [...config.slice(config.indexOf('commands: {')).matchAll(/'([a-z]+-[a-z]+)': \{/g)].map((m) => m[1]);
    expect(declared.sort()).toEqual([...COMMANDS].sort());
  });

  it('nothing but browser/session.ts touches storage.session', () => {
    const grep = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? grep(`${dir}/${d.name}`) : /\.tsx?$/.test(d.name) ? [`${dir}/${d.name}`] : []);
    const touching = ['kernel', 'browser', 'ui', 'features', 'app', 'entrypoints'].flatMap(grep)
      .filter((f) => /storage\.session\.(get|set|remove)/.test(readFileSync(f, 'utf8')));
    expect(touching).toEqual(['browser/session.ts']);
  });
});
