// net's autoSelectFamily defaults: getters, setters with Node's validation, and the
// per-connection options accepted and checked.
'use strict';
const net = require('net');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

attempt('default family', () => net.getDefaultAutoSelectFamily());
attempt('default timeout', () => net.getDefaultAutoSelectFamilyAttemptTimeout());
attempt('set timeout 5', () => { net.setDefaultAutoSelectFamilyAttemptTimeout(5); return net.getDefaultAutoSelectFamilyAttemptTimeout(); });
attempt('set timeout 300', () => { net.setDefaultAutoSelectFamilyAttemptTimeout(300); return net.getDefaultAutoSelectFamilyAttemptTimeout(); });
attempt('set timeout 0', () => net.setDefaultAutoSelectFamilyAttemptTimeout(0));
attempt('set timeout 1.5', () => net.setDefaultAutoSelectFamilyAttemptTimeout(1.5));
attempt('set timeout string', () => net.setDefaultAutoSelectFamilyAttemptTimeout('10'));
attempt('set family false', () => { net.setDefaultAutoSelectFamily(false); return net.getDefaultAutoSelectFamily(); });
attempt('set family 1', () => net.setDefaultAutoSelectFamily(1));
net.setDefaultAutoSelectFamily(true);

const server = net.createServer((s) => s.end('hi'));
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const options of [{ autoSelectFamily: false }, { autoSelectFamily: true, autoSelectFamilyAttemptTimeout: 1 }, {}]) {
    await new Promise((resolve) => {
      const c = net.connect({ port, host: '127.0.0.1', ...options }, () => {
        c.on('data', (d) => console.log('connected', JSON.stringify(options), String(d)));
        c.on('end', resolve);
      });
    });
  }
  attempt('bad option', () => net.connect({ port, host: '127.0.0.1', autoSelectFamily: 'yes' }));
  attempt('bad timeout', () => net.connect({ port, host: '127.0.0.1', autoSelectFamilyAttemptTimeout: -1 }));
  server.close();
});
