// node:dns -- lookup() on the system resolver (getaddrinfo off the JS thread), with Node's
// options, result order and errors; its promise form is node:dns/promises. The DNS
// protocol functions (resolve*, reverse, lookupService, Resolver) throw
// ERR_NOT_IMPLEMENTED: they need a DNS client nodus does not have.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;
  const require = internals.require;
  const { codes } = require('internal/errors');
  const { validateFunction, validateString } = require('internal/validators');

  const ADDRCONFIG = 32;
  const V4MAPPED = 8;
  const ALL = 16;

  const errorCodes = {
    NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
    NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
    BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED',
    TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
    DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME',
    BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
    LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
    CANCELLED: 'ECANCELLED',
  };

  let defaultOrder = 'verbatim';
  const kOrders = ['verbatim', 'ipv4first', 'ipv6first'];

  function getDefaultResultOrder() {
    return defaultOrder;
  }
  function setDefaultResultOrder(order) {
    if (!kOrders.includes(order)) {
      throw new codes.ERR_INVALID_ARG_VALUE('dnsOrder', order, `must be one of: ${kOrders.map((o) => `'${o}'`).join(', ')}`);
    }
    defaultOrder = order;
  }

  // lookup()'s options as { family, all, order }, validated as Node does.
  function lookupOptions(options) {
    const out = { family: 0, all: false, order: defaultOrder };
    if (options === undefined || options === null) return out;
    if (typeof options === 'number') {
      options = { family: options };
    } else if (typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
    }
    const family = options.family;
    if (family !== undefined && family !== null) {
      if (family === 'IPv4') out.family = 4;
      else if (family === 'IPv6') out.family = 6;
      else if (family === 0 || family === 4 || family === 6) out.family = family;
      else throw new codes.ERR_INVALID_ARG_VALUE('options.family', family, 'must be one of: 0, 4, 6');
    }
    if (options.hints !== undefined && typeof options.hints !== 'number') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.hints', 'number', options.hints);
    }
    if (options.all !== undefined) {
      if (typeof options.all !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE('options.all', 'boolean', options.all);
      out.all = options.all;
    }
    if (options.verbatim !== undefined) {
      if (typeof options.verbatim !== 'boolean') {
        throw new codes.ERR_INVALID_ARG_TYPE('options.verbatim', 'boolean', options.verbatim);
      }
      out.order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order !== undefined) {
      if (!kOrders.includes(options.order)) {
        throw new codes.ERR_INVALID_ARG_VALUE('options.order', options.order, `must be one of: ${kOrders.map((o) => `'${o}'`).join(', ')}`);
      }
      out.order = options.order;
    }
    return out;
  }

  function lookupError(err, hostname) {
    const code = err && typeof err.code === 'string' ? err.code : 'ENOTFOUND';
    const e = new Error(`getaddrinfo ${code} ${hostname}`);
    e.errno = err && typeof err.errno === 'number' ? err.errno : -3008;
    e.code = code;
    e.syscall = 'getaddrinfo';
    e.hostname = hostname;
    return e;
  }

  // The resolver's answer, filtered and ordered: [{ address, family }, ...].
  function pick(found, o) {
    let list = [];
    for (let i = 0; i < found.length; i++) {
      const [address, family] = found[i];
      if (o.family === 0 || o.family === family) list.push({ address, family });
    }
    if (o.order !== 'verbatim') {
      const first = o.order === 'ipv4first' ? 4 : 6;
      list = [...list.filter((a) => a.family === first), ...list.filter((a) => a.family !== first)];
    }
    return list;
  }

  // Resolves to the list of addresses (an IP literal is its own answer), or rejects with
  // Node's getaddrinfo error.
  function resolveAll(hostname, o) {
    const ip = require('net').isIP(hostname);
    if (ip !== 0) return Promise.resolve([{ address: hostname, family: ip }]);
    return ops.op_dns_lookup(hostname).then((found) => {
      const list = pick(found, o);
      if (list.length === 0) throw lookupError(null, hostname);
      return list;
    }, (err) => {
      throw lookupError(err, hostname);
    });
  }

  // Once per process, as Node does.
  let warnedEmptyHostname = false;
  function warnEmptyHostname(hostname) {
    if (warnedEmptyHostname) return;
    warnedEmptyHostname = true;
    process.emitWarning(
      `The provided hostname "${String(hostname)}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
      'DeprecationWarning',
      'DEP0118',
    );
  }

  function lookup(hostname, options, callback) {
    if (hostname) validateString(hostname, 'hostname');
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateFunction(callback, 'callback');
    const o = lookupOptions(options);
    if (!hostname) {
      warnEmptyHostname(hostname);
      const family = o.family === 6 ? 6 : 4;
      if (o.all) process.nextTick(callback, null, []);
      else process.nextTick(callback, null, null, family);
      return {};
    }
    resolveAll(hostname, o).then((list) => {
      if (o.all) callback(null, list);
      else callback(null, list[0].address, list[0].family);
    }, (err) => callback(err));
    return {};
  }

  function lookupPromise(hostname, options) {
    if (hostname) validateString(hostname, 'hostname');
    const o = lookupOptions(options);
    if (!hostname) {
      warnEmptyHostname(hostname);
      return Promise.resolve(o.all ? [] : { address: null, family: o.family === 6 ? 6 : 4 });
    }
    return resolveAll(hostname, o).then((list) => (o.all ? list : list[0]));
  }

  const notImplemented = (name) => require('internal/errors').notImplementedFunction(`dns.${name}`);
  const kUnsupported = [
    'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
    'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa',
    'resolveTxt', 'reverse', 'getServers', 'setServers',
  ];

  class Resolver {
    constructor() {
      throw new codes.ERR_NOT_IMPLEMENTED('dns.Resolver');
    }
  }

  const promises = { lookup: lookupPromise, Resolver, getDefaultResultOrder, setDefaultResultOrder };
  const dns = { lookup, Resolver, getDefaultResultOrder, setDefaultResultOrder, ADDRCONFIG, ALL, V4MAPPED };
  for (const name of kUnsupported) {
    dns[name] = notImplemented(name + '()');
    promises[name] = notImplemented('promises.' + name + '()');
  }
  Object.assign(dns, errorCodes);
  Object.assign(promises, errorCodes);
  dns.promises = promises;
  return dns;
})();
