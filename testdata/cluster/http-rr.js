// Two workers share one HTTP port (round-robin, the default): events in the primary,
// messages both ways, connections spread over both workers, and a clean disconnect.
'use strict';
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  console.log('policy', cluster.schedulingPolicy === cluster.SCHED_RR ? 'rr' : 'none');
  const seen = { 1: [], 2: [] };
  let listening = 0;
  let port;
  let ponged = false;
  // Requests start once both listen and worker 1 has had its answer.
  const ready = () => { if (listening === 2 && ponged) requests(port); };
  cluster.on('setup', (settings) => console.log('setup', typeof settings.exec, settings.silent));
  for (const e of ['fork', 'online', 'listening', 'disconnect']) {
    cluster.on(e, (worker) => seen[worker.id].push(e));
  }
  cluster.on('message', (worker, msg) => seen[worker.id].push('message ' + JSON.stringify(msg)));
  cluster.on('listening', (worker, address) => {
    seen[worker.id].push(`address ${address.address} ${address.addressType} ${typeof address.port}`);
    port = address.port;
    if (++listening === 2) ready();
  });
  cluster.on('exit', (worker, code, signal) => {
    seen[worker.id].push(`exit ${code} ${signal} ${worker.exitedAfterDisconnect} ${worker.state}`);
  });
  const w1 = cluster.fork({ GREETING: 'one' });
  cluster.fork({ GREETING: 'two' });
  console.log('worker ids', Object.keys(cluster.workers).join(','), w1.id, w1.state);
  w1.on('message', (msg) => {
    if (msg === 'ping back') w1.send('pong');
    if (msg === 'got pong') {
      ponged = true;
      ready();
    }
  });

  function get(port, path) {
    return new Promise((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { body += d; });
        res.on('end', () => resolve(body));
      }).on('error', reject);
    });
  }
  async function requests(port) {
    const servedBy = new Set();
    for (let i = 0; i < 6; i++) {
      const body = await get(port, '/n' + i);
      const [id, greeting, url] = body.split(' ');
      servedBy.add(id);
      if (greeting !== (id === '1' ? 'one' : 'two') || url !== '/n' + i) console.log('wrong answer', body);
    }
    console.log('served by', [...servedBy].sort().join(','));
    cluster.disconnect(() => {
      console.log('disconnected; workers left', Object.keys(cluster.workers).length);
    });
  }
  process.on('exit', () => {
    for (const id of [1, 2]) console.log('worker', id, seen[id].join(' | '));
  });
} else {
  console.error('worker', cluster.worker.id, 'env var gone', process.env.NODE_UNIQUE_ID === undefined);
  const server = http.createServer((req, res) => {
    res.end(`${cluster.worker.id} ${process.env.GREETING} ${req.url}`);
  });
  server.listen(0, '127.0.0.1', () => {
    process.send({ ready: cluster.worker.id, state: cluster.worker.state });
    if (cluster.worker.id === 1) process.send('ping back');
  });
  cluster.worker.on('message', (msg) => process.send('got ' + msg));
}
