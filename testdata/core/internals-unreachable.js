// User code reaches neither the op table nor the builtins' internals: no bootstrap object
// on the global, no internal module through require or import, no hidden symbol on a
// builtin's exports.
'use strict';
console.log(typeof globalThis.__bootstrap, typeof globalThis.Deno);
console.log(Object.getOwnPropertyNames(globalThis).filter((n) => /bootstrap|^Deno$|^core$|ops/i.test(n)));
for (const name of ['net', 'http', 'child_process', 'events', 'fs', 'dgram']) {
  const m = require(name);
  console.log(name, Object.getOwnPropertySymbols(m).map(String));
}
for (const name of ['internal/net', 'internal/errors', 'internal/bootstrap', 'internal/modules/cjs']) {
  for (const spec of [name, 'node:' + name]) {
    try {
      require(spec);
      console.log('require', spec, 'loaded');
    } catch (e) {
      console.log('require', spec, e.code);
    }
  }
}
// (The import codes are left out: nodus gives ERR_MODULE_NOT_FOUND where Node gives
// ERR_UNKNOWN_BUILTIN_MODULE or ERR_UNSUPPORTED_ESM_URL_SCHEME; see known-failures.txt.)
(async () => {
  for (const spec of ['node:internal/net', 'internal/errors', 'ext:ext_net/internal/net.js', 'ext:nodus_core/internal/bootstrap.js']) {
    try {
      await import(spec);
      console.log('import', spec, 'loaded');
    } catch (e) {
      console.log('import', spec, 'rejected', e instanceof Error);
    }
  }
})();
