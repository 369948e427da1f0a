// dns.lookup on the system resolver: literals, localhost from /etc/hosts, options,
// ordering, errors, and the promise form.
'use strict';
const dns = require('dns');
const dnsPromises = require('dns/promises');

// One lookup at a time: answers from the resolver's thread pool may come in any order.
const steps = [];
function step(label, ...args) {
  steps.push(() => new Promise((resolve) => {
    dns.lookup(...args, (err, address, family) => {
      if (err) console.log(label, 'error', err.message, err.code, err.errno, err.syscall, err.hostname);
      else console.log(label, JSON.stringify(address), family);
      resolve();
    });
  }));
}

step('v4 literal', '127.0.0.1');
step('v6 literal', '::1');
step('v6 literal all', '::1', { all: true });
step('localhost family 4', 'localhost', 4);
step('localhost all', 'localhost', { family: 'IPv4', all: true });
step('missing', 'no-such-host.invalid');
step('ordered', '127.0.0.1', { order: 'ipv6first' });
// Falsy hostnames answer null (with DEP0118), whatever their type.
step('empty', '');
step('zero', 0);
step('false all', false, { all: true });

for (const bad of [
  () => dns.lookup(5, () => {}),
  () => dns.lookup('x', { family: 5 }, () => {}),
  () => dns.lookup('x', { all: 'yes' }, () => {}),
  () => dns.lookup('x', { order: 'random' }, () => {}),
  () => dns.lookup('x'),
  () => dns.setDefaultResultOrder('fastest'),
]) {
  try {
    bad();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

console.log(dns.getDefaultResultOrder(), dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NOTFOUND, dns.promises === dnsPromises);

(async () => {
  for (const run of steps) await run();
  console.log('promise', await dnsPromises.lookup('localhost', { family: 4 }));
  console.log('promise all', await dns.promises.lookup('127.0.0.1', { all: true }));
  try {
    await dnsPromises.lookup('no-such-host.invalid');
  } catch (err) {
    console.log('promise error', err.code, err.message);
  }
})();
