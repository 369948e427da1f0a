// The request handler of the embedder example: a Node-style server whose port comes
// from the command line (0 picks a free one; the code runs as with `node -e`, so it is
// process.argv[1]). The first line of output names the URL.
const http = require('http');

const port = Number(process.argv[1] || 0);
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end(`embedded nodus: ${req.method} ${req.url} (${body.length} bytes in)\n`);
  });
});
server.listen(port, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/`);
});
