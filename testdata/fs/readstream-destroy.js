// Destroying a read stream mid-way closes its fd; close(cb) is called back.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), Buffer.alloc(1 << 20));
const rs = fs.createReadStream(p('f'), { highWaterMark: 1024 });
let chunks = 0;
rs.on('data', () => {
  chunks++;
  if (chunks === 3) rs.destroy();
});
rs.on('end', () => console.log('end (unexpected)'));
rs.on('close', () => {
  console.log('closed after', chunks, 'chunks', rs.destroyed, rs.bytesRead);
  const rs2 = fs.createReadStream(p('f'));
  rs2.once('ready', () => {
    rs2.close((e) => console.log('close callback', e && e.code, rs2.destroyed));
  });
});
