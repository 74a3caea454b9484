// The sidebar side of google.script.run, for pages served outside Apps Script (browser tests, the playground):
// one own property per server function, success/failure handlers, and JSON-only arguments as in Apps Script.

/** How the shim reaches the server: a Playwright binding (tests) or HTTP POST /rpc/<name> (playground). */
export type ShimTransport = 'binding' | 'fetch';

/** Script text to run in the page before its own scripts (Playwright addInitScript or an inline <script>). */
export function googleScriptShim(functionNames: readonly string[], transport: ShimTransport): string {
  return `(() => {
  const names = ${JSON.stringify([...functionNames])};
  const send = ${
    transport === 'binding'
      ? '(name, args) => window.__gasCall(name, args)'
      : "(name, args) => fetch('/rpc/' + encodeURIComponent(name), { method: 'POST', headers: { 'content-type': 'application/json' }, body: args }).then((r) => r.text())"
  };
  function runner(success, failure, userObject) {
    const r = {
      withSuccessHandler(fn) { return runner(fn, failure, userObject); },
      withFailureHandler(fn) { return runner(success, fn, userObject); },
      withUserObject(o) { return runner(success, failure, o); },
    };
    for (const name of names) {
      r[name] = (...args) => {
        // Apps Script passes arguments as JSON-like data: functions and DOM nodes are not allowed, Dates become null.
        const payload = JSON.stringify(args, (k, v) => (typeof v === 'function' ? undefined : v));
        window.__gasPending = (window.__gasPending || 0) + 1;
        Promise.resolve(send(name, payload)).then((text) => {
          const reply = JSON.parse(text);
          window.__gasPending--;
          setTimeout(() => {
            if (reply.ok) { if (success) success(reply.value, userObject); }
            else if (failure) { const e = new Error(reply.message); e.name = 'ScriptError'; failure(e, userObject); }
            else console.error(reply.message);
          }, 0);
        });
      };
    }
    return r;
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      close() { window.__hostClosed = true; document.dispatchEvent(new CustomEvent('gas-host-close')); },
      setHeight(h) { window.__hostHeight = h; },
      setWidth(w) { window.__hostWidth = w; },
      editor: { focus() {} },
      origin: location.origin,
    },
  };
})();`;
}
