// write() returns false past highWaterMark and 'drain' follows; many writes batch.
const fs = require('fs');
const { p } = require('./fixtures/tmp');

const ws = fs.createWriteStream(p('out'), { highWaterMark: 1024 });
const chunk = Buffer.alloc(512, 'a');
let i = 0;
let drains = 0;
function writeSome() {
  while (i < 40) {
    i++;
    if (!ws.write(chunk)) {
      ws.once('drain', () => { drains++; writeSome(); });
      return;
    }
  }
  ws.end();
}
writeSome();
ws.on('finish', () => {
  console.log('finish', ws.bytesWritten, drains > 0, ws.writableLength);
  console.log(fs.statSync(p('out')).size);
});
