// What every page is held to (issue #8): axe-core's serious and critical findings, and in
// Chinese no English UI text. Used by test/e2e/a11y.test.mjs and the pages' own e2e files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core run in the page (evaluate is not subject to the extension's CSP); serious and critical only. */
export async function violations(page) {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => (await globalThis.axe.run(document, { resultTypes: ['violations'] })).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
  return found;
}

/** Words of visible text that are not Chinese, brand names, host names or numbers. */
export async function englishWords(page) {
  const text = await page.evaluate(() => {
    const parts = [document.title];
    const walk = (n) => {
      if (n.nodeType === 3 && n.parentElement && n.parentElement.offsetParent !== null) parts.push(n.textContent);
      if (n.nodeType === 1 && /^(KBD|CODE)$/.test(n.tagName)) return; // key names and addresses, not UI text
      if (n.nodeType === 1 && n.getAttribute('translate') === 'no') return; // the user's own words (task titles, notes)
      if (n.nodeType === 1) {
        for (const a of ['aria-label', 'placeholder', 'title']) if (n.getAttribute(a)) parts.push(n.getAttribute(a));
        for (const c of n.childNodes) walk(c);
      }
    };
    walk(document.body);
    return parts.join(' ');
  });
  // Brand names, acronyms (API, URL, ID) and addresses (chrome://extensions/shortcuts) are not UI text;
  // nor is "Cookie", the word Chinese UIs use (Chrome's own among them).
  const allowed = /^(TickTick|Zoho|People|OAuth|Dida365|Chrome|Firefox|Cookie|[A-Z]{2,})$/;
  return (text.replace(/\b[a-z-]+:\/\/\S+/g, '').match(/[A-Za-z][A-Za-z.'-]*[A-Za-z]/g) ?? [])
    .filter((w) => !allowed.test(w) && !/\.(com|cn|eu|in|au|jp|ca|sa|uk|test)$|^https?|chromiumapp|^[a-z0-9-]+\.(com|org)/i.test(w) && !/^(com|eu|in|jp|sa|uk|cn|au|ca|zohocloud)$/.test(w));
}
