// fs.opendir/opendirSync/fsPromises.opendir and Dir (read, readSync, close, async
// iteration, bufferSize, recursive, encoding, errors), and fs.statfs.
const fs = require('fs');
const { p, attempt, settle, err } = require('./fixtures/tmp');

fs.mkdirSync(p('d', 'sub', 'deeper'), { recursive: true });
for (const name of ['a', 'b', 'c']) fs.writeFileSync(p('d', name), name);
fs.writeFileSync(p('d', 'sub', 'x'), 'x');

const describe = (d) => d && `${d.name}:${d.isDirectory() ? 'dir' : 'file'}:${d.parentPath === p('d') ? 'root' : d.parentPath.slice(p('d').length)}`;

const dir = fs.opendirSync(p('d'));
console.log(dir.path === p('d'), dir instanceof fs.Dir);
const names = [];
let d;
while ((d = dir.readSync()) !== null) names.push(describe(d));
console.log(names.sort());
dir.closeSync();
attempt('read closed', () => dir.readSync());
attempt('close closed', () => dir.closeSync());
attempt('missing', () => fs.opendirSync(p('nope')));
attempt('file', () => fs.opendirSync(p('d', 'a')));
attempt('bufferSize 0', () => fs.opendirSync(p('d'), { bufferSize: 0 }));
attempt('bufferSize', () => fs.opendirSync(p('d'), { bufferSize: 'x' }));

const rec = fs.opendirSync(p('d'), { recursive: true, bufferSize: 1 });
const all = [];
while ((d = rec.readSync()) !== null) all.push(describe(d));
rec.closeSync();
console.log(all.sort());

const buf = fs.opendirSync(p('d', 'sub'), { encoding: 'buffer' });
console.log(Buffer.isBuffer(buf.readSync().name));
buf.closeSync();

fs.opendir(p('d'), (e, dir2) => {
  console.log('callback', e, dir2.path === p('d'));
  dir2.read((e2, first) => {
    console.log('read', e2, typeof first.name);
    dir2.close((e3) => {
      console.log('close', e3);
      dir2.close((e4) => console.log('close again', err(e4)));
      fs.opendir(p('nope'), (e5) => {
        console.log('callback missing', err(e5));
        main();
      });
    });
  });
});

async function main() {
  const seen = [];
  for await (const entry of await fs.promises.opendir(p('d'), { recursive: true })) seen.push(describe(entry));
  console.log('async iteration', seen.sort());
  const dir3 = await fs.promises.opendir(p('d'));
  const reads = await Promise.all([dir3.read(), dir3.read(), dir3.read(), dir3.read(), dir3.read()]);
  console.log('concurrent reads', reads.map((r) => r && r.name).sort());
  await dir3.close();
  await settle('close twice', dir3.close());
  await settle('promise missing', fs.promises.opendir(p('nope')));

  const st = fs.statfsSync(p('d'));
  console.log(st.constructor.name, Object.keys(st), Object.values(st).every((v) => typeof v === 'number'));
  const big = await fs.promises.statfs(p('d'), { bigint: true });
  console.log(Object.values(big).every((v) => typeof v === 'bigint'), big.bsize > 0n);
  attempt('statfs missing', () => fs.statfsSync(p('nope')));
  fs.statfs(p('d'), (e, s) => console.log('statfs callback', e, s.blocks > 0));
}
