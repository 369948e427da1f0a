// fs.open/read/write/close callbacks get Node's arguments.
const fs = require('fs');
const { p, err } = require('./fixtures/tmp');

fs.open(p('f'), 'w+', (e, fd) => {
  console.log('open', e, typeof fd);
  fs.write(fd, Buffer.from('abcdef'), 0, 6, 0, (e2, written, buffer) => {
    console.log('write', e2, written, buffer.toString());
    fs.write(fd, 'ghi', 6, 'utf8', (e3, n, str) => {
      console.log('write string', e3, n, str);
      const target = Buffer.alloc(12, '-');
      fs.read(fd, target, 2, 9, 0, (e4, bytesRead, b) => {
        console.log('read', e4, bytesRead, b === target, b.toString());
        fs.read(fd, { buffer: Buffer.alloc(4), position: 3 }, (e5, n5, b5) => {
          console.log('read options', e5, n5, b5.toString());
          fs.read(fd, (e6, n6, b6) => {
            console.log('read default', e6, n6, b6.length);
            fs.close(fd, (e7) => {
              console.log('close', e7);
              fs.close(fd, (e8) => {
                console.log('close again', err(e8));
                fs.open(p('missing'), 'r', (e9) => console.log('open missing', err(e9)));
              });
            });
          });
        });
      });
    });
  });
});
