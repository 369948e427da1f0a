'use strict';
// A 'request' listener runs with the server as `this`, and the way nodus calls it leaves
// no trace among the server's enumerable properties; a listener replaced between
// requests is the one that runs.
const http = require('http');

function first(req, res) {
  console.log('first: this is the server', this === server);
  res.end('one');
}
function second(req, res) {
  console.log('second: this is the server', this === server);
  res.end('two');
}
const server = http.createServer(first);

function get(path) {
  return new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port: server.address().port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(body));
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  console.log('body', await get('/a'));
  server.removeListener('request', first);
  server.on('request', second);
  console.log('body', await get('/b'));
  console.log('enumerable keys hold a listener', Object.keys(server).some((k) => server[k] === first || server[k] === second));
  server.close();
});
