// util.parseArgs: options, short groups, defaults, multiple, tokens, strict errors
'use strict';
const { parseArgs } = require('util');

function run(config) {
  try {
    const r = parseArgs(config);
    console.log(JSON.stringify({ values: { ...r.values }, positionals: r.positionals, tokens: r.tokens }));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const options = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f' },
  tag: { type: 'string', multiple: true, short: 't' },
  level: { type: 'string', default: 'info' },
  flag: { type: 'boolean', multiple: true },
};
run({ args: ['-v', '--file', 'a.txt', 'pos1'], options, allowPositionals: true });
run({ args: ['-vfout.txt', '-t', 'a', '--tag=b', '--flag', '--flag'], options });
run({ args: ['--file=x=y', '--level', 'debug'], options, tokens: true });
run({ args: ['--unknown'], options });
run({ args: ['-x'], options, allowPositionals: true });
run({ args: ['--unknown', 'p', '-xyz', '--k=v'], options, strict: false, tokens: true });
run({ args: ['--file'], options });
run({ args: ['-f'], options });
run({ args: ['--verbose=yes'], options });
run({ args: ['positional'], options });
run({ args: ['--', '-v', '--file'], options, allowPositionals: true, tokens: true });
run({ args: ['-f', '--verbose'], options });
run({ args: [], options: { x: { type: 'number' } } });
run({ args: [], options: { x: { type: 'string', short: 'xy' } } });
run({ args: [], options: { x: { type: 'string', default: 1 } } });
run({ args: [], options: { x: 'bad' } });
run({ args: 'notarray' });
run({ args: ['-abc'], strict: false });
run({ args: [] });
