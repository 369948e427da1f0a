// node:vm -- code compiled and run in this context (the one global scope nodus has):
// Script#runInThisContext, runInThisContext and compileFunction, with the filename in
// stack traces. New contexts (createContext, runInNewContext, runInContext, Script's
// runIn*Context) and modules throw ERR_NOT_IMPLEMENTED: the engine gives us one context.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { validateString, validateArray, validateObject } = require('internal/validators');

  const kDefaultFilename = 'evalmachine.<anonymous>';

  function filenameOf(options) {
    if (typeof options === 'string') return options;
    if (options === undefined || options === null) return kDefaultFilename;
    validateObject(options, 'options');
    if (options.filename === undefined) return kDefaultFilename;
    validateString(options.filename, 'options.filename');
    return options.filename;
  }

  // The engine names code by URL: an absolute path becomes a file URL, a URL stays, and
  // any other name (Node's default `evalmachine.<anonymous>`) is shown as `vm:name`.
  function specifierOf(filename) {
    if (filename.startsWith('/')) return 'file://' + filename;
    if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(filename)) return filename;
    return 'vm:' + filename;
  }

  function rethrow(error) {
    throw error.thrown;
  }

  // Throws the SyntaxError Node gives at compile time (the code is checked as a function
  // body, so a top-level `return` passes here and fails only when run).
  function checkSyntax(code, filename) {
    const [, error] = core.compileFunction(code, specifierOf(filename), undefined, []);
    if (error) rethrow(error);
  }

  const notImplemented = (name) => require('internal/errors').notImplementedFunction(`vm.${name}`);

  class Script {
    constructor(code, options) {
      code = `${code}`;
      this._filename = filenameOf(options);
      this._code = code;
      checkSyntax(code, this._filename);
    }

    runInThisContext() {
      const [result, error] = core.evalContext(this._code, specifierOf(this._filename));
      if (error) rethrow(error);
      return result;
    }

    createCachedData() {
      throw new codes.ERR_NOT_IMPLEMENTED('vm.Script.createCachedData()');
    }
  }
  Script.prototype.runInContext = notImplemented('Script.runInContext() (contexts)');
  Script.prototype.runInNewContext = notImplemented('Script.runInNewContext() (contexts)');

  function runInThisContext(code, options) {
    return new Script(code, options).runInThisContext();
  }

  function compileFunction(code, params, options) {
    validateString(code, 'code');
    if (params !== undefined) validateArray(params, 'params');
    if (options !== undefined) validateObject(options, 'options');
    if (options && options.parsingContext !== undefined) {
      throw new codes.ERR_NOT_IMPLEMENTED('vm.compileFunction() with a parsingContext');
    }
    if (options && options.contextExtensions !== undefined && options.contextExtensions.length > 0) {
      throw new codes.ERR_NOT_IMPLEMENTED('vm.compileFunction() with contextExtensions');
    }
    const filename = filenameOf(options === undefined ? undefined : { filename: options.filename });
    const [fn, error] = core.compileFunction(code, specifierOf(filename), undefined, params || []);
    if (error) rethrow(error);
    return fn;
  }

  function isContext(object) {
    validateObject(object, 'object', { allowArray: true });
    return false;
  }

  return {
    Script,
    compileFunction,
    createContext: notImplemented('createContext() (contexts)'),
    createScript: (code, options) => new Script(code, options),
    isContext,
    measureMemory: notImplemented('measureMemory()'),
    runInContext: notImplemented('runInContext() (contexts)'),
    runInNewContext: notImplemented('runInNewContext() (contexts)'),
    runInThisContext,
    constants: {
      USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
      DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
    },
  };
})();
