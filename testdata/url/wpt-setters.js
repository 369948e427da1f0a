'use strict';
// The WPT URL setter cases (setters_tests.json, from the Node test fixtures in shared/):
// for each, `new URL(href)`, the setter, then the href and a hash of the other
// components and of its searchParams (the output must stay under a pipe's 64 KiB;
// `node wpt-setters.js full` prints them all). The expected output is what Node 24
// gives. Without the fixtures this prints one line and exits 1.
const fs = require('fs');
const path = require('path');

// Needs: ../../../shared/node-tests/test/fixtures/wpt/url/resources/setters_tests.json
const rel = ['shared', 'node-tests', 'test', 'fixtures', 'wpt', 'url', 'resources', 'setters_tests.json'];
const file = path.join(__dirname, '..', '..', '..', ...rel);
if (!fs.existsSync(file)) {
  console.log(`${rel.join('/')} is missing beside the repository: nothing to test`);
  process.exit(1);
}

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
const keys = ['protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash'];
const data = JSON.parse(fs.readFileSync(file, 'utf8'));
let n = 0;
for (const attr of Object.keys(data)) {
  if (attr === 'comment') continue;
  data[attr].forEach((c, i) => {
    n++;
    const head = full ? `${attr} ${q(c.href)} = ${q(c.new_value)}\n ` : `${attr} ${i}`;
    const u = new URL(c.href);
    const sp = u.searchParams;
    let threw = '';
    try {
      u[attr] = c.new_value;
    } catch (e) {
      threw = ` threw ${e.code}`;
    }
    const rest = keys.map((k) => k + '=' + q(u[k])).join(' ') + ` params=${q(sp.toString())}`;
    console.log(`${head}${threw} ${q(u.href)} ${full ? rest : hash(rest)}`);
  });
}
console.log(`${n} cases`);
