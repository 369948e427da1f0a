// atob/btoa (forgiving base64) on the buffer module and as globals.
const { atob, btoa } = require('buffer');
console.log(atob === globalThis.atob || typeof globalThis.atob === 'function', typeof btoa);
for (const s of ['', 'a', 'ab', 'abc', 'hello world', '\u00ff\u00fe', null, undefined, 123]) {
  console.log(JSON.stringify(String(s)), btoa(s));
}
for (const s of ['\u0100', '\u20ac']) {
  try { btoa(s); } catch (e) { console.log(e.name, e.message, e instanceof Error); }
}
const inputs = ['', 'YQ==', 'YQ', 'YQ=', 'Y', 'YWJj', 'YW Jj\n', 'YWJj=', 'YQ===', 'Y=Q=', 'YQ==YQ==', 'Y!Q=', '-_-_', '+/+/', ' Y Q = = ', '\u00ff', 'aGVsbG8gd29ybGQ', null, undefined, 'YR==', 'YWI', '\tYW\fI\r'];
for (const s of inputs) {
  let out;
  try { out = JSON.stringify(atob(s)); } catch (e) { out = e.name + ': ' + e.message; }
  console.log(JSON.stringify(s), out);
}
try { atob(); } catch (e) { console.log(e.code, e.message); }
try { btoa(); } catch (e) { console.log(e.code, e.message); }
