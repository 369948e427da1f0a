// A 4 MiB file in 64 KiB chunks; paused and resumed; async iteration.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

const data = Buffer.alloc(4 << 20);
for (let i = 0; i < data.length; i += 4096) data[i] = (i / 4096) & 0xff;
fs.writeFileSync(p('big'), data);
(async () => {
  let n = 0;
  let total = 0;
  const parts = [];
  for await (const chunk of fs.createReadStream(p('big'))) {
    n++;
    total += chunk.length;
    parts.push(chunk);
  }
  console.log(n, total, Buffer.concat(parts).equals(data));
  const rs = fs.createReadStream(p('big'), { highWaterMark: 1 << 20 });
  let got = 0;
  rs.on('data', (c) => {
    got += c.length;
    rs.pause();
    setTimeout(() => rs.resume(), 1);
  });
  rs.on('end', () => console.log('paused reads', got));
})();
