// createWriteStream: events in order, bytesWritten, strings and Buffers.
const fs = require('fs');
const { p, clean } = require('./fixtures/tmp');

const ws = fs.createWriteStream(p('out'));
console.log(ws instanceof fs.WriteStream, ws.pending, ws.bytesWritten, clean(ws.path));
ws.on('open', (fd) => console.log('open', typeof fd, ws.pending));
ws.on('ready', () => console.log('ready'));
ws.on('finish', () => console.log('finish', ws.bytesWritten));
ws.on('close', () => {
  console.log('close', fs.readFileSync(p('out'), 'utf8'));
  const ap = fs.createWriteStream(p('out'), { flags: 'a' });
  ap.end('+appended', () => {
    console.log('appended', fs.readFileSync(p('out'), 'utf8'));
  });
});
console.log(ws.write('hello '));
console.log(ws.write(Buffer.from('world')));
ws.write('6869', 'hex');
ws.end('!', () => console.log('end callback'));
console.log('sync end');
