// A header name or value that passed validation once does not let a non-string twin through.
const http = require('http');
const r = new http.ServerResponse(new http.IncomingMessage());
r.setHeader('123', 'a');
for (const [n, v] of [[123, 'a'], ['x', undefined], ['ok', ['a', 'b\n']]]) {
  try { r.setHeader(n, v); console.log('ok', n); } catch (e) { console.log(e.code); }
}
try { new http.ServerResponse(new http.IncomingMessage()).writeHead(200, [123, 'v']); console.log('ok arr'); } catch (e) { console.log(e.code); }
