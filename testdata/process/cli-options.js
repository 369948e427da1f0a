// Node's command-line options, given to a child of the same binary: each line is what
// the child printed (stdout, then stderr's first line with the pid taken out) and its
// exit code.
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const fixtures = path.join(__dirname, 'fixtures');
function run(label, args, options = {}) {
  const env = { ...process.env, ...options.env };
  delete env.NODE_OPTIONS;
  if (options.nodeOptions !== undefined) env.NODE_OPTIONS = options.nodeOptions;
  const r = spawnSync(process.execPath, args, { cwd: fixtures, env, input: options.input, encoding: 'utf8' });
  const err = r.stderr.split('\n').filter((l) => l && !l.startsWith('    at ')).slice(0, 2)
    .map((l) => l.replace(/\(node:\d+\)/, '(node:PID)').replace(process.execPath, 'BIN').replace(/^\S*: (bad option|.* is not allowed|.*: not found|.* requires an argument)/, 'BIN: $1'));
  // Where Node shows a source excerpt before the error, only the error's line is compared.
  const shown = options.errorLine ? r.stderr.split('\n').filter((l) => /^\w*Error\b/.test(l)).slice(0, 1).map((l) => l.split(':')[0]) : err;
  console.log(label, JSON.stringify(r.stdout), JSON.stringify(shown), r.status);
}

run('no-warnings', ['--no-warnings', '-e', "process.on('warning', (w) => console.log('event', w.message)); process.emitWarning('w')"]);
run('warning printed', ['-e', "process.emitWarning('w')"]);
run('no-deprecation', ['--no-deprecation', '-e', "process.emitWarning('d', 'DeprecationWarning'); console.log(process.noDeprecation)"]);
run('throw-deprecation', ['--throw-deprecation', '-e', "process.on('uncaughtException', (e) => console.log('uncaught', e.name, e.code)); process.emitWarning('d', 'DeprecationWarning', 'DEP0001'); console.log('after')"]);
run('expose-gc', ['--expose-gc', '-p', 'typeof gc']);
run('expose_gc', ['--expose_gc', '-p', 'typeof globalThis.gc']);
run('no gc', ['-p', 'typeof gc']);
run('title', ['--title=nodetitle', '-p', 'process.title']);
run('stack-trace-limit', ['--stack-trace-limit=1', '-e', "function a() { throw new Error('x') } try { a() } catch (e) { console.log(e.stack.split('\\n').length) }"]);
run('require', ['-r', './preload.js', '--require', './preload.js', '-p', 'globalThis.preloaded.join()']);
run('import', ['--import', './preload.mjs', '-r', './preload.js', '-p', 'globalThis.preloaded.join()']);
run('check bad', ['--check', 'bad-syntax.js'], { errorLine: true });
run('check good', ['-c', 'good-syntax.js']);
run('env-file', ['--env-file=vars.env', '-p', '[process.env.CLI_A, process.env.CLI_B, process.env.CLI_C, process.env.CLI_D, process.env.CLI_KEEP].join("|")'], { env: { CLI_KEEP: 'from-env' } });
run('env-file missing', ['--env-file=nope.env', '-p', '1']);
run('env-file-if-exists', ['--env-file-if-exists=nope.env', '-p', '2']);
run('stdin', [], { input: 'console.log(__filename, require.main === module, process.argv.length)' });
run('stdin dash', ['-', 'a', 'b'], { input: 'console.log(__filename, process.argv.slice(2))' });
run('stdin module', ['--input-type=module'], { input: 'console.log(await Promise.resolve(3), typeof require, import.meta.url.endsWith("[eval1]"))' });
run('eval module', ['--input-type=module', '-e', 'console.log(await 4)']);
run('options after -e', ['-e', 'console.log(process.argv.slice(1), process.execArgv.length)', '--no-warnings', 'x', '--y']);
run('print after eval', ['-e', '6 * 7', '-p']);
run('bad option', ['--bogus']);
run('missing value', ['--require']);
run('NODE_OPTIONS', ['-p', 'process.noDeprecation'], { nodeOptions: '--no-deprecation --title="a b"' });
run('NODE_OPTIONS -e', ['-p', '1'], { nodeOptions: '-e 1' });
run('unhandled warn', ['--unhandled-rejections=warn', '-e', "Promise.reject(42); setTimeout(() => console.log('alive'), 5)"]);
run('unhandled none', ['--unhandled-rejections=none', '-e', "Promise.reject(42); setTimeout(() => console.log('alive'), 5)"]);
run('unhandled code', ['--unhandled-rejections=warn-with-error-code', '-e', "Promise.reject(new Error('e')); setTimeout(() => console.log('alive'), 5)"]);
run('unhandled strict', ['--unhandled-rejections=strict', '-e', "process.on('unhandledRejection', () => console.log('listener')); Promise.reject(new Error('s')); setTimeout(() => console.log('alive'), 5)"], { errorLine: true });
run('unhandled strict handled', ['--unhandled-rejections=strict', '-e', "process.on('uncaughtException', (e) => console.log('uncaught', e.message)); process.on('unhandledRejection', (r) => console.log('listener', r.message)); Promise.reject(new Error('h')); setTimeout(() => console.log('alive'), 5)"]);
run('print alone', ['-p']);
run('print then eval', ['-p', '-e', '1 + 1']);
run('eval overrides print', ['-p', '3 + 3', '-e', '4 + 4']);
