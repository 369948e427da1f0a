'use strict';
// node:buffer and node:fs data paths (issue 3's speed list):
//   b64     Buffer.from(1 MiB string).toString('base64'), and back with Buffer.from(.., 'base64')
//   concat  Buffer.concat of 1000 chunks of 1 KiB
//   latin1  a 1 MiB string to latin1 bytes and back
//   read    a 64 MiB file through fs.createReadStream into a sink that drops it (MiB/s)
// The first three run in batches for CPU_MS milliseconds (after a quarter of that
// unmeasured) and report batches per second. Prints one JSON line.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Writable } = require('stream');

const BUDGET = Number(process.env.CPU_MS || 1000);
const MiB = 1 << 20;
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(Math.ceil(MiB / 45)).slice(0, MiB);
const chunks = [];
for (let i = 0; i < 1000; i++) chunks.push(Buffer.alloc(1024, i & 255));

const kernels = {
  b64() {
    const encoded = Buffer.from(text).toString('base64');
    return Buffer.from(encoded, 'base64').length;
  },
  concat() {
    return Buffer.concat(chunks).length;
  },
  latin1() {
    return Buffer.from(text, 'latin1').toString('latin1').length;
  },
};

function run(fn, ms) {
  let batches = 0;
  let check = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    check = (check + fn()) % 1e9;
    batches++;
    t = performance.now();
  }
  return { perSecond: batches / ((t - t0) / 1000), check };
}

function readFile(file) {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    const sink = new Writable({
      write(chunk, _enc, cb) {
        bytes += chunk.length;
        cb();
      },
    });
    const t0 = performance.now();
    fs.createReadStream(file).on('error', reject).pipe(sink).on('finish', () => {
      resolve({ mibPerSecond: bytes / MiB / ((performance.now() - t0) / 1000), bytes });
    });
  });
}

async function main() {
  const result = {};
  let check = 0;
  for (const name of Object.keys(kernels)) {
    run(kernels[name], BUDGET / 4);
    const r = run(kernels[name], BUDGET);
    result[name] = r.perSecond;
    check = (check + r.check) % 1e9;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-bench-'));
  const file = path.join(dir, 'data');
  const block = Buffer.alloc(MiB, 0x61);
  const fd = fs.openSync(file, 'w');
  for (let i = 0; i < 64; i++) fs.writeSync(fd, block);
  fs.closeSync(fd);
  try {
    await readFile(file); // warm: the page cache and the code paths
    const best = [];
    for (let i = 0; i < 3; i++) best.push((await readFile(file)).mibPerSecond);
    best.sort((a, b) => a - b);
    result.read = best[1];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  result.check = check;
  console.log(JSON.stringify(result));
}

main();
