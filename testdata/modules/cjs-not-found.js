try {
  require('./fixtures/missing');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
  console.log(e.requireStack.map((p) => require('path').basename(p)));
}
require('./fixtures/does-not-exist-either');
