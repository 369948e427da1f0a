// A response still arriving keeps the process alive (the server here is closed and
// lets its connection go only later), and one cut short is 'aborted' even when nobody
// reads it.
const http = require('http');
const net = require('net');

const server = net.createServer((socket) => {
  socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial');
  setTimeout(() => socket.destroy(), 300);
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    server.close();
    console.log('response', res.statusCode);
    res.on('aborted', () => console.log('aborted', res.aborted));
    res.on('error', (err) => console.log('error', err.code, err.message));
    res.on('close', () => console.log('close'));
  });
});
