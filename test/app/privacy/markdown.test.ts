// The privacy page renders PRIVACY.md itself (app/privacy/markdown.ts): what the file says, the
// page says, headings, lists and inline marks included, Chinese lines joined without spaces.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinLines, parseInline, parseMarkdown, type Block } from '../../../app/privacy/markdown';

const text = (b: Block) => (b.kind === 'ul' ? b.items.flat() : b.inline).map((i) => i.text).join('');

describe('PRIVACY.md as the page shows it', () => {
  const blocks = parseMarkdown(readFileSync('PRIVACY.md', 'utf8'));

  it('has its title and every section as headings, in order', () => {
    expect(blocks.filter((b) => b.kind === 'h').map(text)).toEqual([
      'Privacy policy', 'What the extension reads', 'Where it goes', 'What is stored, where, and for how long',
      'The connection check', 'Permissions', 'Contact',
    ]);
  });

  it('keeps a list item that runs over several lines whole, its bold lead and code marked', () => {
    const reads = blocks.find((b) => b.kind === 'ul')!;
    expect(reads.kind === 'ul' && reads.items[0]!.slice(0, 4)).toEqual([
      { kind: 'strong', text: 'Whether you are signed in' },
      { kind: 'text', text: ': the presence of TickTick\'s session cookie ' },
      { kind: 'code', text: 't' },
      { kind: 'text', text: ' on ticktick.com or dida365.com. Its value, your session token, is never read, stored or sent by the extension itself; the browser attaches it to the extension\'s requests to TickTick as it does for TickTick\'s own web app.' },
    ]);
  });

  it('says nothing goes anywhere else', () => {
    expect(blocks.map(text).join('\n')).toContain('Nowhere else. No analytics, no advertising, no tracking, no server of ours, no third party.');
  });
});

describe('the Markdown it reads', () => {
  it('links only to https addresses; anything else stays text', () => {
    expect(parseInline('see [the store](https://chromewebstore.google.com/) or [this](javascript:alert(1))')).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'link', text: 'the store', href: 'https://chromewebstore.google.com/' },
      { kind: 'text', text: ' or [this](javascript:alert(1))' },
    ]);
  });

  it('joins a paragraph\'s lines with a space between words and none between Chinese characters', () => {
    expect(joinLines(['TickTick Focus is a', 'browser extension'])).toBe('TickTick Focus is a browser extension');
    expect(joinLines(['它没有自己的服务器：只与 TickTick 或滴答清单通信；', '你打开同步后，也与 Zoho People 通信。'])).toBe('它没有自己的服务器：只与 TickTick 或滴答清单通信；你打开同步后，也与 Zoho People 通信。');
    expect(joinLines(['让你在工具栏里使用', 'TickTick 的专注计时。'])).toBe('让你在工具栏里使用 TickTick 的专注计时。');
  });

  it('reads the Chinese policy with the same sections', () => {
    const zh = parseMarkdown(readFileSync('PRIVACY.zh_CN.md', 'utf8')).filter((b) => b.kind === 'h');
    expect(zh.map(text)).toEqual(['隐私政策', '扩展读取的内容', '数据发送到哪里', '保存什么、保存在哪里、保存多久', '连接检查', '权限', '联系']);
  });
});
