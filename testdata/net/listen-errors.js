// EADDRINUSE, listen twice, close when not running, bad ports.
const net = require('net');
const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = net.createServer();
  b.on('error', (e) => {
    console.log(e.code, e.errno, e.syscall, e.address, e.port === port);
    console.log(e.message === 'listen EADDRINUSE: address already in use 127.0.0.1:' + port);
    console.log('b listening', b.listening, b.address());
    try { a.listen(0); } catch (err) { console.log(err.code, err.message); }
    a.close((err) => {
      console.log('a closed', err);
      a.close((err2) => console.log('again', err2 && err2.code, err2 && err2.message));
    });
  });
  b.listen(port, '127.0.0.1');
});
for (const p of [-1, 65536, 1.5]) {
  try { net.createServer().listen(p); } catch (e) { console.log('port', p, e.code, e.name); }
}
try { net.connect({}); } catch (e) { console.log(e.code, e.message); }
try { net.connect({ port: 70000 }); } catch (e) { console.log(e.code, e.name); }
