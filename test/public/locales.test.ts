import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const load = (loc: string) => JSON.parse(readFileSync(`public/_locales/${loc}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const en = load('en');
const zh = load('zh_CN');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [readFileSync(join(dir, d.name), 'utf8')] : []);
}

describe('locales', () => {
  it('English and Simplified Chinese have the same messages, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const m of [...Object.values(en), ...Object.values(zh)]) expect(m.message.trim()).not.toBe('');
  });

  it('every key the code asks for exists (phase, error and notice keys included)', () => {
    const code = ['kernel', 'browser', 'ui', 'features', 'app', 'entrypoints'].flatMap(sources).join('\n') + readFileSync('wxt.config.ts', 'utf8');
    const literal = [...code.matchAll(/\bt\('([A-Za-z_]+)'/g), ...code.matchAll(/__MSG_([A-Za-z_]+)__/g)].map((m) => m[1]!);
    const built = [
      ...['idle', 'focusing', 'paused', 'finished', 'break', 'stopwatch'].map((p) => `phase_${p}`),
      ...['no_auth_session', 'offline', 'timeout', 'too_busy', 'rate_limited', 'server_error', 'rejected', 'need_pro', 'bad_response'].map((e) => `err_${e}`),
      'remoteStarted', 'remotePaused', 'remoteResumed', 'remoteEnded', 'remoteBreak',
      'hint_rejected', 'hint_need_pro', // errors that wait for the user
      'sound_chime', 'sound_bell', 'sound_soft', 'sound_off',
      // the block list's refusals (features/guard/ui/SiteList.tsx) and the settings' save result
      'optBlockInvalid', 'optBlockTickTick', 'optBlockZoho', 'optBlockSuffix', 'optBlockFull', 'optBlockListed', 'optBlockCovered',
      'optBlockAdded', 'optBlockWidened', 'saved', 'notSaved',
    ];
    expect(literal.length).toBeGreaterThan(20);
    for (const key of [...literal, ...built]) expect(en, key).toHaveProperty(key);
  });

  it('placeholders match between languages', () => {
    for (const k of Object.keys(en)) expect(zh[k]!.message.match(/\$\d/g), k).toEqual(en[k]!.message.match(/\$\d/g));
  });
});
