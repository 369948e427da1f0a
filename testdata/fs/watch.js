// fs.watch, fs.promises.watch and fs.watchFile: first events of a directory and a file,
// recursive names, close/abort, a missing path, stat polling with curr/prev.
const fs = require('fs');
const { p, attempt, err } = require('./fixtures/tmp');

for (const d of ['dir', 'dir2', 'dir3']) fs.mkdirSync(p(d));
fs.writeFileSync(p('file'), 'a');

attempt('missing', () => fs.watch(p('nope')));
try {
  fs.watch(p('nope'));
} catch (e) {
  console.log('filename', e.filename === p('nope'));
}

function first(label, target, options, act) {
  return new Promise((resolve) => {
    const w = fs.watch(target, options, (type, name) => {
      console.log(label, type, name);
      w.close();
    });
    w.on('close', () => {
      console.log(label, 'close');
      resolve();
    });
    setTimeout(act, 20);
  });
}

(async () => {
  await first('dir', p('dir'), {}, () => fs.writeFileSync(p('dir', 'new'), 'x'));
  await first('file', p('file'), {}, () => fs.appendFileSync(p('file'), 'b'));
  await first('buffer', p('dir2'), { encoding: 'buffer' }, () => fs.writeFileSync(p('dir2', 'b'), 'x'));

  const ac = new AbortController();
  const events = fs.promises.watch(p('dir3'), { signal: ac.signal });
  setTimeout(() => fs.writeFileSync(p('dir3', 'c'), 'x'), 20);
  try {
    for await (const event of events) {
      console.log('promises', event);
      ac.abort();
    }
  } catch (e) {
    console.log('promises', err(e));
  }

  const w = fs.watch(p('dir'));
  w.close();
  w.close();
  w.on('close', () => console.log('closed once'));
  fs.watch(p('dir')).unref();

  const listener = (curr, prev) => {
    console.log('watchFile', prev.size, '->', curr.size, curr.isFile(), curr.mtime instanceof Date);
    fs.unwatchFile(p('file'), listener);
    const gone = fs.watchFile(p('missing'), { interval: 10 }, (c, pr) => {
      console.log('watchFile missing', pr.size, pr.mtimeMs, pr.nlink, '->', c.size, c.nlink);
      fs.unwatchFile(p('missing'));
    });
    gone.on('stop', () => console.log('stop'));
  };
  const sw = fs.watchFile(p('file'), { interval: 10 }, listener);
  console.log('StatWatcher', sw.constructor.name, typeof sw.ref, typeof sw.unref);
  setTimeout(() => fs.writeFileSync(p('file'), 'longer'), 50);
  attempt('no listener', () => fs.watchFile(p('file')));
})();
