// Smaller Node 24 behaviours: lchmod on Linux, mkdtempDisposable(Sync), rmdir with
// { recursive } (DEP0147), fs.read's optional shapes and promisified results, bigint
// read positions, encoding checks of readlink/realpath, writev's buffer checks, readdir's
// encodings, `new fs.createReadStream()`, existsSync's DEP0187, openAsBlob.
const fs = require('fs');
const util = require('util');
const { p, attempt, settle } = require('./fixtures/tmp');

const warnings = [];
process.on('warning', (w) => warnings.push([w.name, w.code, w.message]));
process.on('exit', () => console.log(warnings));

console.log('lchmod' in fs, fs.lchmod, fs.lchmodSync);
console.log('existsSync', fs.existsSync(123), fs.existsSync({}), fs.existsSync('a\u0000b'));
fs.writeFileSync(p('f'), 'xyz\n');
const fd = fs.openSync(p('f'), 'r');

const tmp = fs.mkdtempDisposableSync(p('disposable-'));
console.log(Object.keys(tmp), fs.existsSync(tmp.path));
tmp.remove();
tmp[Symbol.dispose]();
console.log(fs.existsSync(tmp.path));

fs.mkdirSync(p('tree', 'a', 'b'), { recursive: true });
attempt('rmdir recursive', () => fs.rmdirSync(p('tree'), { recursive: true }));
console.log(fs.existsSync(p('tree')));
attempt('rmdir recursive file', () => fs.rmdirSync(p('f'), { recursive: true }));
attempt('rmdir recursive type', () => fs.rmdirSync(p('nope'), { recursive: 1 }));

attempt('readlink encoding', () => fs.readlinkSync(p('f'), 'nope'));
attempt('realpath encoding', () => fs.realpathSync(p('f'), 'nope'));
const wfd = fs.openSync(p('w'), 'w');
for (const bad of [['x'], {}, null]) attempt('writev ' + JSON.stringify(bad), () => fs.writevSync(wfd, bad));

console.log('readdir hex', fs.readdirSync(p(), 'hex').sort());
const made = new fs.createReadStream(p('f'));
console.log('new createReadStream', made instanceof fs.ReadStream);
made.destroy();

const buf = Buffer.alloc(4);
attempt('position 1n', () => fs.readSync(fd, buf, 0, 4, 1n));
attempt('position huge', () => fs.readSync(fd, buf, 0, 4, 2n ** 63n));
attempt('position type', () => fs.readSync(fd, buf, 0, 4, '1'));
attempt('position NaN', () => fs.readSync(fd, buf, 0, 4, NaN));

fs.read(fd, null, (err, n, b) => {
  console.log('read(fd, null)', err, n, b.length);
  attempt('read(fd, buf, 5)', () => fs.read(fd, buf, 5, () => {}));
  fs.read(fd, buf, null, async (err2, n2, b2) => {
    console.log('read(fd, buf, null)', err2, n2, b2 === buf);
    console.log(await util.promisify(fs.read)(fd, { position: 0 }).then((r) => [r.bytesRead, r.buffer.length]));
    console.log(await util.promisify(fs.write)(wfd, 'ab'));
    console.log(await util.promisify(fs.readv)(fd, [Buffer.alloc(2)], 0));
    fs.mkdtemp(p('tmpX'), async (err3) => {
      console.log('mkdtemp X', err3);
      await settle('promises lchmod', fs.promises.lchmod(p('f'), 0o600));
      const d = await fs.promises.mkdtempDisposable(p('pd-'));
      console.log(Object.getPrototypeOf(d), fs.existsSync(d.path));
      await d[Symbol.asyncDispose]();
      console.log(fs.existsSync(d.path));
      const blob = await fs.openAsBlob(p('f'), { type: 'text/plain' });
      console.log(blob.constructor.name, blob.size, blob.type, JSON.stringify(await blob.text()));
      attempt('openAsBlob missing', () => fs.openAsBlob(p('nope')));
      attempt('openAsBlob type', () => fs.openAsBlob(p('f'), { type: 1 }));
    });
  });
});
