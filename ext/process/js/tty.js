// node:tty -- isatty, and the stream classes of terminals: stdio streams over a file
// descriptor, with Node's colour-depth rules read from the environment.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const stdio = require('internal/process/stdio');
  const { codes } = require('internal/errors');

  function isatty(fd) {
    return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && ops.op_process_isatty(fd);
  }

  // TERM values with a known depth, and patterns of TERM values with 16 colours.
  const TERM_DEPTH = {
    __proto__: null,
    eterm: 4, cons25: 4, console: 4, cygwin: 4, dtterm: 4, gnome: 4, hurd: 4, jfbterm: 4,
    konsole: 4, kterm: 4, mlterm: 4, mosh: 24, putty: 4, st: 4, 'rxvt-unicode-24bit': 24,
    terminator: 24, 'xterm-kitty': 24,
  };
  const TERM_16 = [/ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/, /^vt220/];
  // CI services whose logs show colours: true colour, and 256 colours.
  const CI_24 = ['CIRCLECI', 'GITEA_ACTIONS', 'GITHUB_ACTIONS'];
  const CI_8 = ['APPVEYOR', 'BUILDKITE', 'DRONE', 'GITLAB_CI', 'TRAVIS'];
  const set = (value) => value !== undefined && value !== '';

  function forcedDepth(value) {
    if (value === '' || value === '1' || value === 'true') return 4;
    if (value === '2') return 8;
    if (value === '3') return 24;
    return 1;
  }

  // Colour depth in bits (1, 4, 8 or 24) that `env` says the terminal has.
  function colorDepth(env) {
    if (env.FORCE_COLOR !== undefined) return forcedDepth(env.FORCE_COLOR);
    if (set(env.NODE_DISABLE_COLORS) || set(env.NO_COLOR) || env.TERM === 'dumb') return 1;
    if (env.TMUX) return 24;
    if ('CI' in env) {
      if (CI_24.some((name) => name in env)) return 24;
      if (CI_8.some((name) => name in env) || env.CI_NAME === 'codeship') return 8;
      return 1;
    }
    if ('TEAMCITY_VERSION' in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 4 : 1;
    switch (env.TERM_PROGRAM) {
      case 'iTerm.app':
        return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? 8 : 24;
      case 'HyperTerm':
      case 'MacTerm':
        return 24;
      case 'Apple_Terminal':
        return 8;
      default:
    }
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    if (env.TERM) {
      if (/truecolor/.test(env.TERM)) return 24;
      if (/^xterm-256/.test(env.TERM)) return 8;
      const term = env.TERM.toLowerCase();
      if (TERM_DEPTH[term] !== undefined) return TERM_DEPTH[term];
      if (TERM_16.some((re) => re.test(term))) return 4;
    }
    if (env.COLORTERM) return 4;
    return 1;
  }

  const { Writable, Readable } = require('stream');

  function WriteStream(fd) {
    if (!(this instanceof WriteStream)) return new WriteStream(fd);
    const stream = stdio.createWritable(fd);
    Object.setPrototypeOf(stream, WriteStream.prototype);
    return stream;
  }
  Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(WriteStream, Writable);
  const WP = WriteStream.prototype;
  WP.isTTY = true;
  WP.getColorDepth = function getColorDepth(env = process.env) {
    return colorDepth(env);
  };
  WP.hasColors = function hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    } else if (count === undefined) {
      count = 16;
    }
    return count <= 2 ** this.getColorDepth(env);
  };
  WP._refreshSize = function _refreshSize() {
    const size = ops.op_process_tty_size(this.fd);
    if (size[0] !== this.columns || size[1] !== this.rows) {
      this.columns = size[0];
      this.rows = size[1];
      this.emit('resize');
    }
  };
  WP.getWindowSize = function getWindowSize() {
    return [this.columns, this.rows];
  };
  // Cursor control, as ANSI escape sequences (what Node's readline writes).
  function escape(stream, sequence, callback) {
    return stream.write(sequence, callback);
  }
  WP.cursorTo = function cursorTo(x, y, callback) {
    if (typeof y === 'function') {
      callback = y;
      y = undefined;
    }
    return escape(this, typeof y === 'number' ? `\x1b[${y + 1};${x + 1}H` : `\x1b[${x + 1}G`, callback);
  };
  WP.moveCursor = function moveCursor(dx, dy, callback) {
    let seq = '';
    if (dx < 0) seq += `\x1b[${-dx}D`;
    else if (dx > 0) seq += `\x1b[${dx}C`;
    if (dy < 0) seq += `\x1b[${-dy}A`;
    else if (dy > 0) seq += `\x1b[${dy}B`;
    return escape(this, seq, callback);
  };
  WP.clearLine = function clearLine(dir, callback) {
    return escape(this, dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K', callback);
  };
  WP.clearScreenDown = function clearScreenDown(callback) {
    return escape(this, '\x1b[0J', callback);
  };

  function ReadStream(fd) {
    if (!(this instanceof ReadStream)) return new ReadStream(fd);
    // Reading goes through the stdin op, which reads fd 0.
    if (fd !== 0) throw new codes.ERR_NOT_IMPLEMENTED(`tty.ReadStream(${fd})`);
    const stream = stdio.createReadable(fd);
    Object.setPrototypeOf(stream, ReadStream.prototype);
    return stream;
  }
  Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
  Object.setPrototypeOf(ReadStream, Readable);
  ReadStream.prototype.isTTY = true;
  ReadStream.prototype.isRaw = false;
  ReadStream.prototype.setRawMode = function setRawMode() {
    throw new codes.ERR_NOT_IMPLEMENTED('tty.ReadStream.setRawMode()');
  };

  return { isatty, ReadStream, WriteStream };
})();
