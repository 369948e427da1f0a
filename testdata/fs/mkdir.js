// mkdir: plain, recursive (returning the first directory made), modes and errors.
const fs = require('fs');
const { p, clean, attempt } = require('./fixtures/tmp');

console.log(fs.mkdirSync(p('a')));
attempt('exists', () => fs.mkdirSync(p('a')));
attempt('parent missing', () => fs.mkdirSync(p('x', 'y')));
console.log(clean(fs.mkdirSync(p('r', 's', 't'), { recursive: true })));
console.log(fs.mkdirSync(p('r', 's', 't'), { recursive: true }));
console.log(clean(fs.mkdirSync(p('r', 's', 'u'), { recursive: true })));
console.log(fs.mkdirSync(p('a'), { recursive: true }));
fs.writeFileSync(p('f'), '');
attempt('recursive over a file', () => fs.mkdirSync(p('f'), { recursive: true }));
attempt('recursive under a file', () => fs.mkdirSync(p('f', 'g', 'h'), { recursive: true }));
attempt('under a file', () => fs.mkdirSync(p('f', 'g')));
fs.mkdirSync(p('m'), 0o700);
console.log((fs.statSync(p('m')).mode & 0o777).toString(8));
fs.mkdirSync(p('m2'), { mode: '750' });
console.log((fs.statSync(p('m2')).mode & 0o777).toString(8));
attempt('bad recursive', () => fs.mkdirSync(p('q'), { recursive: 'yes' }));
attempt('bad path', () => fs.mkdirSync(undefined));
console.log(fs.statSync(p('r', 's', 't')).isDirectory());
