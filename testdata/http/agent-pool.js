// http.Agent's pool as Node keeps it: option checks, the legacy addRequest signature,
// free sockets per name (in place by the time 'end' listeners' next ticks run), the
// timeout a free socket gets from the agent, a queued request taking a freed socket,
// and clearTimeout() on a request.
const http = require('http');
const assert = require('assert');

for (const bad of ['test', -1, 0, NaN]) {
  try {
    new http.Agent({ maxTotalSockets: bad });
  } catch (err) {
    console.log('maxTotalSockets', String(bad), err.code);
  }
}
try {
  new http.Agent({ scheduling: 'random' });
} catch (err) {
  console.log('scheduling', err.code);
}
try {
  http.request({ timeout: null });
} catch (err) {
  console.log('timeout null', err.code);
}

{
  const agent = new http.Agent();
  agent.maxSockets = 0;
  agent.addRequest({ getHeader() {} }, 'localhost', 8080, '127.0.0.1');
  console.log('legacy addRequest queued under', Object.keys(agent.requests));
}

const server = http.createServer((req, res) => res.end('hello ' + req.url));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2, maxFreeSockets: 2, timeout: 700 });
  const name = `127.0.0.1:${port}:`;
  let ended = 0;
  const sockets = new Set();
  const bodies = [];
  for (const path of ['/1', '/2', '/3']) {
    const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      req.clearTimeout();
      res.setEncoding('utf8');
      res.on('data', (body) => bodies.push(`${body} reused: ${req.reusedSocket}`));
      res.on('end', () => {
        process.nextTick(() => {
          ended++;
          const free = agent.freeSockets[name] || [];
          if (ended === 3) {
            console.log(bodies.sort().join('\n'));
            console.log('in use', (agent.sockets[name] || []).length, 'queued',
              (agent.requests[name] || []).length, 'free', free.length);
            console.log('sockets used:', sockets.size, 'total', agent.totalSocketCount);
            console.log('free socket timeout:', free[0].timeout);
            agent.destroy();
            server.close();
          }
        });
      });
    });
    req.on('socket', (s) => sockets.add(s));
    req.setTimeout(5000);
  }
});
setTimeout(() => {
  console.log('timed out');
  process.exit(1);
}, 5000).unref();
assert.ok(true);
