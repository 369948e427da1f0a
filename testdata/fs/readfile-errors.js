// readFile's errors: missing files, directories, bad arguments.
const fs = require('fs');
const { p, attempt } = require('./fixtures/tmp');

attempt('missing', () => fs.readFileSync(p('nope')));
attempt('directory', () => fs.readFileSync(p()));
attempt('not a dir', () => { fs.writeFileSync(p('f'), 'x'); return fs.readFileSync(p('f', 'g')); });
attempt('number', () => fs.readFileSync(123.5));
attempt('object', () => fs.readFileSync({}));
attempt('undefined', () => fs.readFileSync(undefined));
attempt('null', () => fs.readFileSync(null));
attempt('boolean', () => fs.readFileSync(true));
attempt('null byte', () => fs.readFileSync('a\u0000b'));
attempt('bad encoding', () => fs.readFileSync(p('f'), 'bogus'));
attempt('bad options', () => fs.readFileSync(p('f'), 42));
attempt('bad flag', () => fs.readFileSync(p('f'), { flag: 'q' }));
attempt('no callback', () => fs.readFile(p('f')));
attempt('no callback with options', () => fs.readFile(p('f'), 'utf8'));
attempt('callback not a function', () => fs.readFile(p('f'), 'utf8', 42));
