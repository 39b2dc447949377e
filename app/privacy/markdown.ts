// The little Markdown our own documents use (PRIVACY.md): headings, paragraphs, bullet lists whose
// items run on over indented lines, and inline **bold**, `code` and [links](https://…). Parsed to
// plain data, rendered by Preact: no HTML string is ever made from it.

export type Inline = { kind: 'text' | 'strong' | 'code'; text: string } | { kind: 'link'; text: string; href: string };
export type Block = { kind: 'h'; level: number; inline: Inline[] } | { kind: 'p'; inline: Inline[] } | { kind: 'ul'; items: Inline[][] };

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g;

export function parseInline(s: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of s.matchAll(INLINE)) {
    if (m.index > last) out.push({ kind: 'text', text: s.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'strong', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'code', text: m[2] });
    else out.push({ kind: 'link', text: m[3]!, href: m[4]! });
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push({ kind: 'text', text: s.slice(last) });
  return out;
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** Lines of one paragraph joined: a space between words, none between two Chinese characters. */
export function joinLines(lines: string[]): string {
  return lines.reduce((acc, l) => (!acc ? l : CJK.test(acc.at(-1)!) && CJK.test(l[0]!) ? acc + l : `${acc} ${l}`), '');
}

export function parseMarkdown(src: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let items: string[][] | null = null;
  const flush = () => {
    if (para.length) blocks.push({ kind: 'p', inline: parseInline(joinLines(para)) });
    if (items) blocks.push({ kind: 'ul', items: items.map((i) => parseInline(joinLines(i))) });
    para = [];
    items = null;
  };
  for (const raw of src.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (!line || heading) {
      flush();
      if (heading) blocks.push({ kind: 'h', level: heading[1]!.length, inline: parseInline(heading[2]!) });
    } else if (line.startsWith('- ')) {
      if (para.length) flush();
      (items ??= []).push([line.slice(2)]);
    } else if (items && /^\s/.test(raw)) {
      items.at(-1)!.push(line); // the item runs on
    } else {
      if (items) flush();
      para.push(line);
    }
  }
  flush();
  return blocks;
}
