// The CommonJS module system: Module, require, require.resolve/cache, JSON files,
// cycles, the main module, -e/-p, and the bridges between CommonJS and ES modules.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const requireBuiltin = internals.require;

  const WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];

  function dirname(p) {
    const i = p.lastIndexOf('/');
    if (i === -1) return '.';
    if (i === 0) return '/';
    return p.slice(0, i);
  }

  function nodeModulePaths(from) {
    const out = [];
    let dir = from;
    for (;;) {
      if (!dir.endsWith('/node_modules')) out.push(dir === '/' ? '/node_modules' : dir + '/node_modules');
      if (dir === '/' || dir === '' || dir === '.') break;
      dir = dirname(dir);
    }
    return out;
  }

  function Module(id = '', parent) {
    this.id = id;
    this.path = dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
    if (parent && parent.children) parent.children.push(this);
  }

  Module._cache = { __proto__: null };
  Module._pathCache = { __proto__: null };
  Module._extensions = { __proto__: null };
  Module.globalPaths = [];
  Module.builtinModules = internals.publicBuiltins.slice();
  Module.isBuiltin = function isBuiltin(name) {
    if (typeof name !== 'string') return false;
    const bare = name.startsWith('node:') ? name.slice(5) : name;
    return internals.isPublicBuiltin(bare);
  };
  Module._nodeModulePaths = nodeModulePaths;
  Module.Module = Module;
  Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
  Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];

  function notFound(request, parent, code, detail) {
    const stack = [];
    for (let m = parent; m && m.filename; m = m.parent) stack.push(m.filename);
    let message = detail || "Cannot find module '" + request + "'";
    if (!detail && stack.length) message += '\nRequire stack:\n- ' + stack.join('\n- ');
    const err = new Error(message);
    err.code = code || 'MODULE_NOT_FOUND';
    if (!detail) err.requireStack = stack;
    return err;
  }

  Module._resolveFilename = function (request, parent, isMain, options) {
    if (typeof request !== 'string') {
      const { codes } = requireBuiltin('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', request);
    }
    if (request.startsWith('node:')) {
      if (Module.isBuiltin(request)) return request;
      const err = new Error('No such built-in module: ' + request);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    if (internals.isPublicBuiltin(request)) return request;
    const bases = options && options.paths ? options.paths : [parent && parent.filename ? dirname(parent.filename) : ops.op_process_cwd()];
    let last;
    for (let i = 0; i < bases.length; i++) {
      const r = ops.op_nodus_resolve_require(request, bases[i]);
      if (r[0] !== null) return r[0];
      last = r;
      if (r[1] !== 'MODULE_NOT_FOUND') break;
    }
    throw notFound(request, parent, last[1], last[2]);
  };

  Module._load = function (request, parent, isMain) {
    const filename = Module._resolveFilename(request, parent, isMain);
    if (Module.isBuiltin(filename)) {
      return requireBuiltin(filename.startsWith('node:') ? filename.slice(5) : filename);
    }
    const cached = Module._cache[filename];
    if (cached !== undefined) {
      if (parent && parent.children && parent.children.indexOf(cached) === -1) parent.children.push(cached);
      return cached.exports;
    }
    const module = new Module(filename, parent);
    if (isMain) {
      module.id = '.';
      process.mainModule = module;
      requireFn.main = module;
    }
    Module._cache[filename] = module;
    let threw = true;
    try {
      module.load(filename);
      threw = false;
    } finally {
      if (threw) delete Module._cache[filename];
    }
    return module.exports;
  };

  Module.prototype.load = function (filename) {
    this.filename = filename;
    this.paths = nodeModulePaths(dirname(filename));
    const dot = filename.lastIndexOf('.');
    let ext = dot > filename.lastIndexOf('/') ? filename.slice(dot) : '.js';
    if (Module._extensions[ext] === undefined) ext = '.js';
    Module._extensions[ext](this, filename);
    this.loaded = true;
  };

  Module.prototype.require = function (id) {
    if (typeof id !== 'string') {
      const { codes } = requireBuiltin('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
    }
    if (id === '') {
      const { codes } = requireBuiltin('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    }
    return Module._load(id, this, false);
  };

  function makeRequire(module) {
    function require(id) {
      return module.require(id);
    }
    require.resolve = function resolve(request, options) {
      const r = Module._resolveFilename(request, module, false, options);
      return r;
    };
    require.resolve.paths = function paths(request) {
      if (Module.isBuiltin(request)) return null;
      return nodeModulePaths(module.filename ? dirname(module.filename) : ops.op_process_cwd());
    };
    require.main = requireFn.main;
    require.extensions = Module._extensions;
    require.cache = Module._cache;
    return require;
  }
  const requireFn = { main: undefined };

  function stripShebang(source) {
    return source.charCodeAt(0) === 35 && source.charCodeAt(1) === 33 ? '//' + source.slice(2) : source;
  }

  Module.prototype._compile = function (content, filename) {
    const [fn, err] = core.compileFunction(stripShebang(content), 'file://' + filename, undefined, WRAPPER_PARAMS);
    if (err) throw err.thrown;
    const require = makeRequire(this);
    return fn.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };

  Module._extensions['.js'] = function (module, filename) {
    if (ops.op_nodus_format_of(filename) === 1) {
      requireModule(module, filename);
      return;
    }
    module._compile(ops.op_nodus_read_source(filename), filename);
  };
  Module._extensions['.cjs'] = Module._extensions['.js'];
  Module._extensions['.mjs'] = requireModule;

  // require() of an ES module (Node 22.12+): the graph is loaded and evaluated at once;
  // the result is its namespace, or what it exports under the name 'module.exports'.
  // The module is reached through a small wrapper module whose namespace carries the
  // real one: deno_core's op_import_sync re-wraps a namespace that has a default export
  // (to add __esModule), and that re-wrap breaks on QuickJS for modules with imports.
  function importSync(specifier, code) {
    try {
      return ops.op_import_sync(specifier, code);
    } catch (err) {
      if (err && typeof err.message === 'string' && /top-level await/i.test(err.message)) {
        const e = new Error('require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
          'To see where the top-level await comes from, use --experimental-print-required-tla.');
        e.code = 'ERR_REQUIRE_ASYNC_MODULE';
        throw e;
      }
      throw unwrapEvaluationError(err);
    }
  }
  // deno_core hands an exception thrown while the module evaluated back as a new Error
  // whose message is the original's stack; rebuild one of the original's class, message
  // and stack (the thrown object itself is not reachable from here).
  function unwrapEvaluationError(err) {
    if (!(err instanceof Error) || typeof err.message !== 'string') return err;
    const m = /^(\w*(?:Error|Exception)): ([^]*?)(\n    at [^]*)?$/.exec(err.message);
    if (m === null) return err;
    const Ctor = typeof globalThis[m[1]] === 'function' && globalThis[m[1]].prototype instanceof Error ? globalThis[m[1]] : Error;
    const out = new Ctor(m[2]);
    if (out.name !== m[1]) out.name = m[1];
    out.stack = m[1] + ': ' + m[2] + (m[3] || '');
    return out;
  }
  function requireModule(module, filename) {
    const url = ops.op_nodus_path_to_file_url(filename);
    const target = JSON.stringify(url);
    const namespace = importSync(url + '?nodus-require',
      'import * as ns from ' + target + ';\nexport { ns };\nexport const __esModule = true;\n').ns;
    if ('module.exports' in namespace) {
      module.exports = namespace['module.exports'];
    } else if ('default' in namespace && !('__esModule' in namespace)) {
      // As Node: the namespace plus __esModule, so that transpiled code finds `default`.
      module.exports = importSync(url + '?nodus-require-default',
        'export * from ' + target + ';\nexport { default } from ' + target + ';\nexport const __esModule = true;\n');
    } else {
      module.exports = namespace;
    }
  }

  Module._extensions['.json'] = function (module, filename) {
    const text = ops.op_nodus_read_source(filename);
    try {
      module.exports = JSON.parse(text);
    } catch (err) {
      err.message = filename + ': ' + err.message;
      throw err;
    }
  };
  Module._extensions['.node'] = function (module, filename) {
    const err = new Error('Native addons (.node) are not implemented in nodus: ' + filename);
    err.code = 'ERR_NOT_IMPLEMENTED';
    throw err;
  };

  Module.createRequire = function createRequire(filename) {
    let path = filename;
    if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') path = filename.href;
    if (typeof path === 'string' && path.startsWith('file:')) path = ops.op_nodus_file_url_to_path(path);
    if (typeof path !== 'string' || !path.startsWith('/')) {
      const { codes } = requireBuiltin('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
    }
    const m = new Module(path, null);
    m.filename = path.endsWith('/') ? path + 'noop.js' : path;
    m.paths = nodeModulePaths(dirname(m.filename));
    return makeRequire(m);
  };

  // The main module: CommonJS runs synchronously, an ES module through the ESM loader.
  function runMain(path) {
    const resolved = ops.op_nodus_resolve_require(path, '/');
    if (resolved[0] === null) {
      throw notFound(path, null, resolved[1], resolved[2]);
    }
    const filename = resolved[0];
    process.argv[1] = filename;
    if (ops.op_nodus_format_of(filename) === 1) {
      import(ops.op_nodus_path_to_file_url(filename)).catch((err) => internals.triggerUncaughtException(err, false));
      return;
    }
    Module._load(filename, null, true);
  }

  // -e, -p and a program on stdin (`name` is '[eval]' or '[stdin]'): the code runs as a
  // script with require, module and friends in scope, or as an ES module with
  // --input-type=module (then the result is a promise).
  function runEval(code, print, name, inputType) {
    const cwd = ops.op_process_cwd();
    if (inputType === 'module') {
      // Node names both -e and stdin modules `[eval1]`.
      const url = ops.op_nodus_path_to_file_url(cwd + '/[eval1]');
      ops.op_nodus_give_module_source(url, code);
      return import(url).then((namespace) => {
        if (print) process.stdout.write(requireBuiltin('util').inspect(namespace) + '\n');
      });
    }
    const filename = cwd + '/' + name;
    const module = new Module(name, null);
    module.filename = filename;
    module.paths = nodeModulePaths(cwd);
    globalThis.module = module;
    globalThis.exports = module.exports;
    globalThis.require = makeRequire(module);
    globalThis.__filename = name;
    globalThis.__dirname = '.';
    const [result, err] = core.evalContext(code, 'file://' + filename);
    if (err) throw err.thrown;
    if (print) {
      const out = typeof result === 'string' ? result : requireBuiltin('util').inspect(result);
      process.stdout.write(out + '\n');
    }
    return undefined;
  }

  // -r/--require: modules loaded before the main one, resolved from the working
  // directory as a module there would require them.
  function preload(requests) {
    const cwd = ops.op_process_cwd();
    const parent = new Module('internal/preload', null);
    parent.filename = cwd + '/[preload]';
    parent.paths = nodeModulePaths(cwd);
    for (let i = 0; i < requests.length; i++) parent.require(requests[i]);
  }

  // -c/--check: compile the program without running it; a SyntaxError is thrown.
  function checkSyntax(path) {
    const resolved = ops.op_nodus_resolve_require(path, '/');
    if (resolved[0] === null) throw notFound(path, null, resolved[1], resolved[2]);
    const filename = resolved[0];
    const source = ops.op_nodus_read_source(filename);
    if (ops.op_nodus_format_of(filename) === 1) {
      const { codes } = requireBuiltin('internal/errors');
      throw new codes.ERR_NOT_IMPLEMENTED('--check of an ES module');
    }
    const [, err] = core.compileFunction(stripShebang(source), 'file://' + filename, undefined, WRAPPER_PARAMS);
    if (err) throw err.thrown;
  }

  // An ES module importing a CommonJS file: evaluate it through require.
  function importFromEsm(filename) {
    return Module._load(filename, null, false);
  }

  Module.runMain = runMain;
  Module.syncBuiltinESMExports = function () {};
  Module.findSourceMap = function () {
    return undefined;
  };
  Module.register = function () {
    const { codes } = requireBuiltin('internal/errors');
    throw new codes.ERR_NOT_IMPLEMENTED('module.register');
  };

  return { Module, runMain, runEval, preload, checkSyntax, importFromEsm };
})();
