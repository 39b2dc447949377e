// The privacy policy page: PRIVACY.md (or its Chinese text, PRIVACY.zh_CN.md) rendered as it is,
// so the page and the file in the repository can never say different things.
import type { ComponentChildren } from 'preact';
import { uiLang } from '../../browser/i18n';
import { parseMarkdown, type Block, type Inline } from './markdown';
import en from '../../PRIVACY.md?raw';
import zh from '../../PRIVACY.zh_CN.md?raw';

function inline(parts: Inline[]): ComponentChildren {
  return parts.map((p) => {
    if (p.kind === 'strong') return <strong>{p.text}</strong>;
    if (p.kind === 'code') return <code>{p.text}</code>;
    if (p.kind === 'link') return <a href={p.href} target="_blank" rel="noreferrer">{p.text}</a>;
    return p.text;
  });
}

function block(b: Block): ComponentChildren {
  if (b.kind === 'ul') return <ul>{b.items.map((i) => <li>{inline(i)}</li>)}</ul>;
  if (b.kind === 'p') return <p>{inline(b.inline)}</p>;
  const H = b.level === 1 ? 'h1' : b.level === 2 ? 'h2' : 'h3';
  return <H>{inline(b.inline)}</H>;
}

/** The policy in the UI language (Chinese for zh*, else English). */
export const policyText = () => (uiLang().startsWith('zh') ? zh : en);

export function Privacy() {
  return <main class="privacy">{parseMarkdown(policyText()).map(block)}</main>;
}
