// node:readline -- Interface reads lines from a Readable (a file stream, a socket, stdin)
// and emits 'line' for each, with question(), prompts and `for await`. Lines end at \n,
// \r\n or \r (a \r\n split across chunks within crlfDelay counts once), as in Node.
// On a terminal it reads what the terminal's own line editing hands over (cooked mode):
// no history, completion or key bindings of Node's raw-mode editor; emitKeypressEvents
// throws ERR_NOT_IMPLEMENTED.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const EventEmitter = require('events');
  const { codes } = require('internal/errors');
  const { validateFunction } = require('internal/validators');

  const kLineEnding = /\r?\n|\r(?!\n)/g;
  const kHighWaterMark = 1024;

  function Interface(input, output, completer, terminal) {
    if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
    EventEmitter.call(this);
    // createInterface(options) or createInterface(input, output, completer, terminal).
    const options = input && input.input ? input : { input, output, completer, terminal };
    let crlfDelay = options.crlfDelay === undefined ? 100 : Number(options.crlfDelay);
    if (!(crlfDelay >= 100)) crlfDelay = 100;
    if (options.completer !== undefined && options.completer !== null && typeof options.completer !== 'function') {
      throw new codes.ERR_INVALID_ARG_VALUE('completer', options.completer);
    }
    this.input = options.input;
    this.output = options.output;
    this.terminal = options.terminal === undefined ? !!(this.output && this.output.isTTY) : !!options.terminal;
    this.crlfDelay = crlfDelay;
    this.line = '';
    this.cursor = 0;
    this.history = [];
    this.closed = false;
    this.paused = false;
    this._prompt = options.prompt === undefined ? '> ' : String(options.prompt);
    this._buffer = null;
    this._sawReturnAt = 0;
    this._question = null;
    this._oldPrompt = '';
    this._decoder = new (require('string_decoder').StringDecoder)('utf8');

    const onData = (chunk) => this._normalWrite(chunk);
    const onEnd = () => {
      const rest = this._decoder.end();
      if (rest) this._normalWrite(rest);
      if (typeof this._buffer === 'string' && this._buffer.length > 0) this.emit('line', this._buffer);
      this._buffer = null;
      this.close();
    };
    const onError = (err) => this.emit('error', err);
    const input_ = this.input;
    if (input_ && typeof input_.on === 'function') {
      input_.on('data', onData);
      input_.on('end', onEnd);
      input_.on('error', onError);
      this.once('close', () => {
        input_.removeListener('data', onData);
        input_.removeListener('end', onEnd);
        input_.removeListener('error', onError);
      });
      if (typeof input_.resume === 'function') input_.resume();
    }
    const signal = options.signal;
    if (signal !== undefined) {
      if (signal.aborted) process.nextTick(() => this.close());
      else signal.addEventListener('abort', () => this.close(), { once: true });
    }
  }
  Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Interface, EventEmitter);

  Interface.prototype._normalWrite = function _normalWrite(chunk) {
    if (chunk === undefined) return;
    let text = typeof chunk === 'string' ? chunk : this._decoder.write(chunk);
    if (this._sawReturnAt !== 0 && Date.now() - this._sawReturnAt <= this.crlfDelay) {
      if (text.charCodeAt(0) === 10) text = text.slice(1);
      this._sawReturnAt = 0;
    }
    kLineEnding.lastIndex = 0;
    if (!kLineEnding.test(text)) {
      if (text) this._buffer = this._buffer ? this._buffer + text : text;
      return;
    }
    if (this._buffer) {
      text = this._buffer + text;
      this._buffer = null;
    }
    this._sawReturnAt = text.endsWith('\r') ? Date.now() : 0;
    const lines = [];
    let start = 0;
    kLineEnding.lastIndex = 0;
    let m;
    while ((m = kLineEnding.exec(text)) !== null) {
      lines.push(text.slice(start, m.index));
      start = kLineEnding.lastIndex;
    }
    // '' or the start of the next line.
    this._buffer = text.slice(start);
    for (let i = 0; i < lines.length; i++) this._onLine(lines[i]);
  };

  Interface.prototype._onLine = function _onLine(line) {
    if (this._question !== null) {
      const answer = this._question;
      this._question = null;
      this.setPrompt(this._oldPrompt);
      answer(line);
    } else {
      this.emit('line', line);
    }
  };

  Interface.prototype._writeToOutput = function _writeToOutput(text) {
    if (this.output !== null && this.output !== undefined) this.output.write(text);
  };

  Interface.prototype.setPrompt = function setPrompt(prompt) {
    this._prompt = prompt;
  };
  Interface.prototype.getPrompt = function getPrompt() {
    return this._prompt;
  };
  Interface.prototype.prompt = function prompt() {
    if (this.paused) this.resume();
    this._writeToOutput(this._prompt);
  };

  Interface.prototype.question = function question(query, options, cb) {
    if (typeof options === 'function') {
      cb = options;
      options = undefined;
    }
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    validateFunction(cb, 'cb');
    const signal = options && options.signal;
    if (signal !== undefined && signal.aborted) return;
    if (this._question !== null) {
      this.prompt();
      return;
    }
    this._oldPrompt = this._prompt;
    this.setPrompt(query);
    this._question = cb;
    if (signal !== undefined) {
      signal.addEventListener('abort', () => {
        if (this._question === cb) {
          this._question = null;
          this.setPrompt(this._oldPrompt);
        }
      }, { once: true });
    }
    this.prompt();
  };

  Interface.prototype.pause = function pause() {
    if (this.paused) return this;
    if (this.input && typeof this.input.pause === 'function') this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  };
  Interface.prototype.resume = function resume() {
    if (!this.paused) return this;
    if (this.input && typeof this.input.resume === 'function') this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  };

  // Input written by the program (a terminal would echo it): handled as if read.
  Interface.prototype.write = function write(data) {
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    this._normalWrite(data);
  };

  Interface.prototype.close = function close() {
    if (this.closed) return;
    this.pause();
    this.closed = true;
    this.emit('close');
  };
  if (typeof Symbol.dispose === 'symbol') {
    Interface.prototype[Symbol.dispose] = function () {
      this.close();
    };
  }

  Interface.prototype.getCursorPos = function getCursorPos() {
    return { rows: 0, cols: this.cursor };
  };

  // `for await (const line of rl)`: lines are queued (the input pauses when many wait)
  // until 'close' ends the iteration.
  Interface.prototype[Symbol.asyncIterator] = function () {
    if (this._lines !== undefined) return this._lines;
    const queue = [];
    const waiting = [];
    let done = this.closed;
    let failure = null;
    // The input was paused here because too many lines wait (and only then resumed here).
    let pausedForQueue = false;
    const settle = () => {
      while (waiting.length > 0 && (queue.length > 0 || done || failure !== null)) {
        const { resolve, reject } = waiting.shift();
        if (queue.length > 0) resolve({ value: queue.shift(), done: false });
        else if (failure !== null) reject(failure);
        else resolve({ value: undefined, done: true });
      }
      if (pausedForQueue && queue.length < kHighWaterMark && !this.closed) {
        pausedForQueue = false;
        this.resume();
      }
    };
    const onLine = (line) => {
      queue.push(line);
      if (queue.length >= kHighWaterMark && !this.paused) {
        pausedForQueue = true;
        this.pause();
      }
      settle();
    };
    const onClose = () => {
      done = true;
      this.removeListener('line', onLine);
      settle();
    };
    const onError = (err) => {
      failure = err;
      settle();
    };
    this.on('line', onLine);
    this.once('close', onClose);
    this.on('error', onError);
    const self = this;
    this._lines = {
      next() {
        return new Promise((resolve, reject) => {
          waiting.push({ resolve, reject });
          settle();
        });
      },
      return() {
        self.close();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return this._lines;
  };

  function createInterface(input, output, completer, terminal) {
    return new Interface(input, output, completer, terminal);
  }

  // Cursor control: ANSI escape sequences written to `stream`.
  function writeEscape(stream, data, callback) {
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (stream === null || stream === undefined) {
      if (typeof callback === 'function') process.nextTick(callback, null);
      return true;
    }
    return stream.write(data, callback);
  }
  function cursorTo(stream, x, y, callback) {
    if (typeof y === 'function') {
      callback = y;
      y = undefined;
    }
    if (Number.isNaN(x)) throw new codes.ERR_INVALID_ARG_VALUE('x', x);
    if (Number.isNaN(y)) throw new codes.ERR_INVALID_ARG_VALUE('y', y);
    if (stream === null || stream === undefined || (typeof x !== 'number' && typeof y !== 'number')) {
      return writeEscape(null, '', callback);
    }
    if (typeof x !== 'number') throw new codes.ERR_INVALID_CURSOR_POS();
    const data = typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`;
    return writeEscape(stream, data, callback);
  }
  function moveCursor(stream, dx, dy, callback) {
    let data = '';
    if (dx < 0) data += `\x1b[${-dx}D`;
    else if (dx > 0) data += `\x1b[${dx}C`;
    if (dy < 0) data += `\x1b[${-dy}A`;
    else if (dy > 0) data += `\x1b[${dy}B`;
    return writeEscape(data === '' ? null : stream, data, callback);
  }
  function clearLine(stream, dir, callback) {
    const data = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
    return writeEscape(stream, data, callback);
  }
  function clearScreenDown(stream, callback) {
    return writeEscape(stream, '\x1b[0J', callback);
  }
  function emitKeypressEvents() {
    throw new codes.ERR_NOT_IMPLEMENTED('readline.emitKeypressEvents()');
  }

  return {
    Interface,
    clearLine,
    clearScreenDown,
    createInterface,
    cursorTo,
    emitKeypressEvents,
    moveCursor,
    get promises() {
      return require('readline/promises');
    },
  };
})();
