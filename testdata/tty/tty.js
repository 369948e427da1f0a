// node:tty: isatty on non-terminals, and the colour-depth rules of tty.WriteStream.
const tty = require('tty');
console.log(Object.keys(tty).sort().join());
console.log(tty.isatty(0), tty.isatty(1), tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'), tty.isatty(12345));
// The runner pipes stdout: a plain stream, as in Node.
console.log(process.stdout.isTTY, typeof process.stdout.getColorDepth, process.stdout instanceof tty.WriteStream);
const depth = (env) => tty.WriteStream.prototype.getColorDepth.call(null, env);
const envs = [
  {}, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { TERM: 'screen-256color' }, { TERM: 'dumb' },
  { TERM: 'xterm', NO_COLOR: '' }, { TERM: 'xterm', NODE_DISABLE_COLORS: '1' }, { FORCE_COLOR: '' },
  { FORCE_COLOR: '0' }, { FORCE_COLOR: '2' }, { COLORTERM: 'truecolor' },
  { COLORTERM: 'yes' }, { TMUX: '1' }, { CI: '1' }, { CI: '1', GITHUB_ACTIONS: 'true' },
  { TERM_PROGRAM: 'Apple_Terminal' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4' },
  { TERM: 'linux' }, { TERM: 'rxvt-unicode' }, { TERM: 'konsole' }, { TERM: 'mosh' }, { TERM: 'vt100' },
  { TERM: 'something-else' }, { CI: '', TERM: 'xterm' }, { CI: '1', CIRCLECI: '1' }, { CI: '1', TRAVIS: '1' },
  { TERM: 'foo-truecolor' }, { TERM: 'foo-direct' }, { TERM: 'foo-256color' }, { TERM: 'XTERM' },
  { NODE_DISABLE_COLORS: '', TERM: 'xterm' }, { TEAMCITY_VERSION: '9.1.0' }, { TEAMCITY_VERSION: '8.0' },
];
for (const env of envs) console.log(JSON.stringify(env), depth(env));
const has = (...args) => tty.WriteStream.prototype.hasColors.apply({ getColorDepth: tty.WriteStream.prototype.getColorDepth }, args);
console.log(has({ TERM: 'xterm' }), has(256, { TERM: 'xterm' }), has(256, { TERM: 'xterm-256color' }), has(2, {}), has(16, { FORCE_COLOR: '3' }));
