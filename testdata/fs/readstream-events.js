// createReadStream's events in order, and its properties along the way.
const fs = require('fs');
const { p, clean } = require('./fixtures/tmp');

fs.writeFileSync(p('f'), 'x'.repeat(150000));
const rs = fs.createReadStream(p('f'));
console.log(rs instanceof fs.ReadStream, rs.pending, rs.bytesRead, clean(rs.path), rs.readableHighWaterMark, rs.fd);
const sizes = [];
rs.on('open', (fd) => console.log('open', typeof fd, rs.fd === fd, rs.pending));
rs.on('ready', () => console.log('ready'));
rs.on('data', (chunk) => sizes.push(chunk.length));
rs.on('end', () => console.log('end', sizes, rs.bytesRead));
rs.on('close', () => console.log('close', rs.destroyed, rs.fd));
console.log('sync end');
