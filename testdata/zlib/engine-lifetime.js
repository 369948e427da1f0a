// A stream's zlib state (~300 KiB for deflate) goes when the stream ends, not when a
// garbage collector gets to it: 1500 gzip streams one after another stay far below
// what keeping them all would take (~450 MiB). reset() starts over on a fresh engine.
const zlib = require('zlib');

const input = Buffer.from('hello hello hello hello '.repeat(40));
let left = 1500;
let intact = 0;

function one() {
  const gzip = zlib.createGzip();
  const parts = [];
  gzip.on('data', (d) => parts.push(d));
  gzip.on('end', () => {
    if (zlib.gunzipSync(Buffer.concat(parts)).equals(input)) intact++;
    if (--left > 0) one();
    else done();
  });
  gzip.end(input);
}

function done() {
  console.log('intact', intact);
  const rssMiB = process.memoryUsage().rss / 1048576;
  console.log('rss under 200 MiB', rssMiB < 200);
  const deflate = zlib.createDeflate();
  const out = [];
  deflate.on('data', (d) => out.push(d));
  deflate.write('discarded');
  deflate.flush(() => {
    deflate.reset();
    out.length = 0;
    deflate.end('after reset');
  });
  deflate.on('end', () => console.log('after reset:', zlib.inflateSync(Buffer.concat(out)).toString()));
}

one();
