// Paths given as Buffers and file: URLs; URLs of other schemes are refused.
const fs = require('fs');
const { pathToFileURL } = require('url');
const { p, attempt } = require('./fixtures/tmp');

fs.writeFileSync(pathToFileURL(p('via-url')), 'url');
console.log(fs.readFileSync(p('via-url'), 'utf8'));
console.log(fs.readFileSync(Buffer.from(p('via-url')), 'utf8'));
console.log(fs.existsSync(pathToFileURL(p('via-url'))), fs.statSync(new URL(pathToFileURL(p('via-url')).href)).size);
fs.mkdirSync(Buffer.from(p('bufdir')));
console.log(fs.readdirSync(pathToFileURL(p())));
attempt('http url', () => fs.readFileSync(new URL('http://example.com/x')));
attempt('url with host', () => fs.readFileSync(new URL('file://host/x')));
attempt('null byte in buffer', () => fs.readFileSync(Buffer.from('a\u0000b')));
fs.promises.readFile(pathToFileURL(p('via-url')), 'utf8').then((s) => console.log('promise', s));
