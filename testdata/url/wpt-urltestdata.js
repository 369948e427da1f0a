'use strict';
// The WPT URL parser cases (urltestdata.json, from the Node test fixtures in shared/):
// each case parsed with `new URL(input, base)`, printed as the parse failure or the href
// and a hash of the other components (the spec runner reads a program's output only
// after it ends, so it must stay under a pipe's 64 KiB); `node wpt-urltestdata.js full`
// prints every component. The expected output is what Node 24 gives, not the JSON's own
// answers: Node 24 is the target. The fixtures are read where they lie, next to the repository
// (../../../shared from here); without them this prints one line and exits 1, so the
// test fails instead of passing on nothing.
const fs = require('fs');
const path = require('path');

// Needs: ../../../shared/node-tests/test/fixtures/wpt/url/resources/urltestdata.json
const rel = ['shared', 'node-tests', 'test', 'fixtures', 'wpt', 'url', 'resources', 'urltestdata.json'];
const file = path.join(__dirname, '..', '..', '..', ...rel);
if (!fs.existsSync(file)) {
  console.log(`${rel.join('/')} is missing beside the repository: nothing to test`);
  process.exit(1);
}

// JSON with everything outside printable ASCII escaped, so that the output is the same
// bytes whatever the engine does with lone surrogates.
function q(s) {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

// FNV-1a over the UTF-16 units, as 8 hex digits.
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const full = process.argv[2] === 'full';
const keys = ['origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash'];
const cases = JSON.parse(fs.readFileSync(file, 'utf8')).filter((c) => typeof c === 'object');
let parsed = 0;
let failed = 0;
cases.forEach((c, i) => {
  const head = full ? `${i} ${q(c.input)}${c.base === null ? '' : ' base ' + q(c.base)}\n ` : `${i}`;
  let u;
  try {
    u = c.base === null ? new URL(c.input) : new URL(c.input, c.base);
  } catch (e) {
    failed++;
    const can = c.base === null ? URL.canParse(c.input) : URL.canParse(c.input, c.base);
    console.log(`${head} failure ${e.name} ${e.code} ${e.message}${can ? ' but canParse is true' : ''}`);
    return;
  }
  parsed++;
  const rest = keys.map((k) => k + '=' + q(u[k])).join(' ');
  console.log(`${head} ${q(u.href)} ${full ? rest : hash(rest)}`);
  const again = URL.parse(u.href);
  if (again === null || again.href !== u.href) console.log('  reparsed: ' + (again && q(again.href)));
});
console.log(`${cases.length} cases: ${parsed} parsed, ${failed} failed`);
