// writeFile/appendFile with a signal (checked before each chunk), iterables and async
// iterables as data (fs/promises), and `flush`.
const fs = require('fs');
const { Readable } = require('stream');
const { p, err, settle } = require('./fixtures/tmp');

(async () => {
  const aborted = AbortSignal.abort('why');
  await settle('promise aborted', fs.promises.writeFile(p('a'), 'x', { signal: aborted }));
  console.log(fs.existsSync(p('a')));
  await settle('iterable', fs.promises.writeFile(p('b'), { *[Symbol.iterator]() { yield 'a'; yield Buffer.from('b'); } }));
  await settle('async iterable', fs.promises.writeFile(p('b'), (async function* () { yield 'c'; yield 'd'; })(), { flag: 'a' }));
  await settle('stream', fs.promises.appendFile(p('b'), Readable.from(['e', 'f'])));
  console.log(fs.readFileSync(p('b'), 'utf8'));
  await settle('bad chunk', fs.promises.writeFile(p('c'), { *[Symbol.iterator]() { yield 42; } }));
  await settle('bad data', fs.promises.writeFile(p('c'), 42));
  await settle('flush', fs.promises.writeFile(p('d'), 'flushed', { flush: true }));
  await settle('bad flush', fs.promises.writeFile(p('d'), 'x', { flush: 'yes' }));
  const h = await fs.promises.open(p('e'), 'w+');
  await settle('handle aborted', h.writeFile('x', { signal: aborted }));
  await h.writeFile('handle');
  await h.appendFile('+more', { signal: new AbortController().signal });
  await h.close();
  console.log(fs.readFileSync(p('e'), 'utf8'));
  fs.writeFileSync(p('f'), 'sync', { flush: true });
  fs.writeFile(p('g'), 'cb', { signal: aborted }, (e) => {
    console.log('callback aborted', err(e), fs.existsSync(p('g')));
    const fd = fs.openSync(p('h'), 'w');
    fs.writeFile(fd, 'fd', { signal: new AbortController().signal, flush: true }, (e2) => {
      console.log('callback fd', e2, fs.readFileSync(p('h'), 'utf8'), fs.readFileSync(p('f'), 'utf8'));
      fs.closeSync(fd);
    });
  });
})();
