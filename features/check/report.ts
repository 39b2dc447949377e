// "Copy report": the check as text for a bug report. Built from the facts' own fields only (codes,
// numbers, yes/no): the worker never holds the session token or a cookie's value, so none can be
// here; the focus's task title and note, and Zoho's own wording of an error, only when the user
// ticks the box.
import type { CheckFacts } from './facts';
import type { Mark, Step } from './steps';

export interface ReportContext {
  version: string;
  /** Browser and system, e.g. `Chrome/156.0.0.0 · Linux x86_64`. */
  agent: string;
  lang: string;
  /** Include task titles, notes and Zoho's error text. */
  withPrivate: boolean;
}

const MARK: Record<Mark, string> = { ok: 'ok', warn: 'WARN', fail: 'FAIL', skip: '--' };
const LEFT_OUT = '(left out)';

/** Line breaks and control characters out, length capped: one field stays one line. */
const line = (s: string, max = 300) => s.replace(/[\p{Cc}\p{Cf}]+/gu, ' ').trim().slice(0, max);

/** The facts with what is private replaced, unless the user allowed it. */
export function redactFacts(f: CheckFacts, withPrivate: boolean): CheckFacts {
  if (withPrivate) return f;
  const focus = { ...f.focus, task: f.focus.task && LEFT_OUT, note: f.focus.note && LEFT_OUT };
  const zoho = f.zoho && { ...f.zoho, ...(f.zoho.error ? { error: LEFT_OUT } : {}) };
  return { ...f, focus, zoho };
}

export function reportText(facts: CheckFacts, steps: Step[], ctx: ReportContext): string {
  const f = redactFacts(facts, ctx.withPrivate);
  const failing = steps.find((s) => s.mark === 'fail');
  const out = [
    `TickTick Focus ${line(ctx.version, 20)}: connection check, ${new Date(f.at).toISOString()}`,
    `Browser: ${line(ctx.agent, 120)} · UI language ${line(ctx.lang, 12)}`,
    `Failing step: ${failing?.id ?? 'none'}`,
    '',
    ...steps.flatMap((s, i) => [`${i + 1}. ${s.id} [${MARK[s.mark]}] ${line(s.text)}`, ...(s.tech ? [`   ${line(s.tech, 600)}`] : [])]),
    '',
    `Focus: ${f.focus.phase}${f.focus.task ? ` · task: ${line(f.focus.task, 120)}` : ''}${f.focus.note ? ` · note: ${line(f.focus.note, 500)}` : ''}`,
    ...(f.zoho?.error ? [`Zoho error: ${line(f.zoho.error)}`] : []),
    '',
    `Facts: ${JSON.stringify({ ...f, focus: undefined, zoho: f.zoho && { ...f.zoho, error: undefined } })}`,
  ];
  return out.join('\n');
}
