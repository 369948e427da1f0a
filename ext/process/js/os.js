// node:os -- facts about the machine and the user, and the errno/signal constants.
(function () {
  'use strict';
  const { core, internals } = __bootstrap;
  const ops = core.ops;

  const signals = {
    SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
    SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
    SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
    SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
    SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
  };
  const errno = {
    E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
    EALREADY: 114, EBADF: 9, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103,
    ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122,
    EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115,
    EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31,
    EMSGSIZE: 90, ENAMETOOLONG: 36, ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23,
    ENOBUFS: 105, ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOMEM: 12, ENOSPC: 28,
    ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25,
    ENXIO: 6, EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, ERANGE: 34,
    EROFS: 30, ESPIPE: 29, ESRCH: 3, ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
  };
  const priority = {
    PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
    PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
  };
  const constants = Object.freeze({
    UV_UDP_REUSEADDR: 4,
    dlopen: Object.freeze({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
    errno: Object.freeze(errno),
    signals: Object.freeze(signals),
    priority: Object.freeze(priority),
  });

  let cached;
  function info() {
    if (cached === undefined) cached = ops.op_os_info();
    return cached;
  }

  function cpus() {
    return ops.op_os_cpus().map((c) => ({
      model: c[0],
      speed: c[1],
      times: { user: c[2], nice: c[3], sys: c[4], idle: c[5], irq: c[6] },
    }));
  }

  function tmpdir() {
    const env = globalThis.process.env;
    let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    return path;
  }

  function networkInterfaces() {
    // Loopback is all nodus reports for now; real interface enumeration needs getifaddrs.
    return {
      lo: [
        { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
        { address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac: '00:00:00:00:00:00', internal: true, cidr: '::1/128', scopeid: 0 },
      ],
    };
  }

  const os = {
    EOL: '\n',
    devNull: '/dev/null',
    constants,
    arch: () => 'x64',
    availableParallelism: () => Math.max(1, ops.op_os_cpus().length),
    cpus,
    endianness: () => 'LE',
    freemem: () => ops.op_os_info().freemem,
    getPriority: () => 0,
    homedir: () => info().homedir,
    hostname: () => ops.op_os_info().hostname,
    loadavg: () => ops.op_os_loadavg(),
    machine: () => info().machine,
    networkInterfaces,
    platform: () => 'linux',
    release: () => info().release,
    setPriority() {
      throw new (internals.require('internal/errors').codes.ERR_NOT_IMPLEMENTED)('os.setPriority');
    },
    tmpdir,
    totalmem: () => info().totalmem,
    type: () => 'Linux',
    uptime: () => ops.op_os_info().uptime,
    userInfo(options) {
      const i = info();
      return { uid: i.uid, gid: i.gid, username: i.username, homedir: i.homedir, shell: i.shell || null };
    },
    version: () => info().version,
  };
  return os;
})();
