// Throughput of fs.createReadStream piped into a Writable that does nothing: reads a
// 64 MiB file (made once in the tmp dir, then served from the page cache) N times and
// prints the median. Run under nodus and under node, on a quiet machine:
//
//   quiet target/release/nodus ext/fs/bench/read-stream.js 9
//   quiet node ext/fs/bench/read-stream.js 9
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Writable } = require('stream');

const SIZE = 64 << 20;
const file = path.join(os.tmpdir(), 'nodus-fs-bench-64m');
if (!fs.existsSync(file) || fs.statSync(file).size !== SIZE) fs.writeFileSync(file, Buffer.alloc(SIZE, 'x'));
const runs = Number(process.argv[2]) || 5;

function once() {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    let bytes = 0;
    const sink = new Writable({
      write(chunk, encoding, cb) {
        bytes += chunk.length;
        cb();
      },
    });
    fs.createReadStream(file).on('error', reject).pipe(sink).on('finish', () => {
      if (bytes !== SIZE) reject(new Error('read ' + bytes + ' bytes'));
      else resolve(Number(process.hrtime.bigint() - start) / 1e6);
    });
  });
}

(async () => {
  await once(); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  times.sort((a, b) => a - b);
  const median = times[times.length >> 1];
  console.log(JSON.stringify({
    runtime: process.release && process.release.name, median_ms: +median.toFixed(2),
    MiB_per_s: Math.round(64 / (median / 1000)), runs: times.map((t) => +t.toFixed(1)),
  }));
})();
