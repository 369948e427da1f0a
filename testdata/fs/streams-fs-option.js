// fs streams do their I/O through the `fs` option, or through node:fs's functions as
// they are at the time of the call (replacing fs.read is seen); old-style subclasses
// with their own open(); inherited options.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

fs.writeFileSync(p('in'), 'abcdefghij');
const calls = [];
const counting = (name) => (...args) => { calls.push(name); return fs[name](...args); };
const custom = { open: counting('open'), read: counting('read'), close: counting('close') };

fs.createReadStream(p('in'), { fs: custom, highWaterMark: 4 }).on('data', (d) => calls.push('data ' + d))
  .on('close', () => {
    console.log(calls.join(', '));
    calls.length = 0;
    const w = fs.createWriteStream(p('out'), {
      fs: { open: counting('open'), write: counting('write'), writev: counting('writev'), close: counting('close') },
    });
    w.write('a');
    w.write('b');
    w.end('c');
    w.on('close', () => {
      console.log(calls.join(', '), fs.readFileSync(p('out'), 'utf8'));
      patched();
    });
  });

function patched() {
  const read = fs.read;
  let n = 0;
  fs.read = function (...args) {
    n++;
    return read.apply(this, args);
  };
  const r = fs.createReadStream(p('in'), { __proto__: { start: 2, end: 5 } });
  let text = '';
  r.on('data', (d) => { text += d; });
  r.on('end', () => {
    fs.read = read;
    console.log('patched fs.read', n > 0, text);
    try { fs.createWriteStream(p('x'), { fs: { open() {}, close() {} } }); } catch (e) { console.log(e.code, e.message); }
    try { fs.createReadStream(p('x'), { fs: { open() {}, read: 1, close() {} } }); } catch (e) { console.log(e.code, e.message); }
    oldStyle();
  });
}

function oldStyle() {
  function MyStream(...args) { fs.ReadStream.call(this, ...args); }
  Object.setPrototypeOf(MyStream.prototype, fs.ReadStream.prototype);
  Object.setPrototypeOf(MyStream, fs.ReadStream);
  MyStream.prototype.open = function () {
    console.log('own open');
    fs.open(this.path, 'r', (err, fd) => {
      this.fd = fd;
      this.emit('open', fd);
    });
  };
  const s = new MyStream(p('in'), { start: 8 });
  s.on('data', (d) => console.log('old style data', String(d)));
  s.on('close', () => console.log('old style close', s.fd));
}
