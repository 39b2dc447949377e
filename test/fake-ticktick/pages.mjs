// The sandbox's own pages: sign-in, and a control panel that acts as "another device".
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const style = `<style>body{font:15px system-ui;max-width:560px;margin:40px auto;padding:0 16px}button{font:inherit;padding:6px 12px;margin:2px}pre{background:#f6f8fa;padding:8px;overflow:auto;font-size:12px}</style>`;

export function signInPage() {
  return `<!doctype html><meta charset="utf-8"><title>Sign in - TickTick sandbox</title>${style}
<h1>TickTick sandbox</h1><p>A fake TickTick account on this machine. Signing in sets the session cookie
<code>t</code> that the extension uses, exactly like signing in on ticktick.com.</p>
<form method="post" action="/signin"><button type="submit">Sign in as the sandbox user</button></form>`;
}

export function controlPage(tt) {
  const cur = tt.current;
  const btn = (a, label) => `<form method="post" action="/device/${a}" style="display:inline"><button>${label}</button></form>`;
  return `<!doctype html><meta charset="utf-8"><title>TickTick sandbox</title>${style}
<meta http-equiv="refresh" content="5">
<h1>TickTick sandbox</h1>
<p>Signed in. Use the extension's toolbar popup, or act as <b>another device</b> (a phone) here:</p>
<p>${btn('start', 'Start 25-min pomo')}${btn('stopwatch', 'Start stopwatch')}${btn('pause', 'Pause')}${btn('continue', 'Continue')}
${btn('finish', 'Finish')}${btn('drop', 'Drop')}${btn('exit', 'Exit')}${btn('startBreak', 'Start break')}${btn('endBreak', 'End break')}</p>
<form method="post" action="/signout"><button>Sign out</button></form>
<h2>current</h2><pre>${esc(JSON.stringify(cur, null, 2))}</pre>
<h2>last requests</h2><pre>${esc(tt.log.slice(-8).map((e) => `${e.method} ${e.path} ${e.status}${e.body ? ' ' + JSON.stringify(e.body.opList?.map((o) => o.op) ?? '') : ''}`).join('\n'))}</pre>`;
}
