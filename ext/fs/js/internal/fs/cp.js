// internal/fs/cp -- fs.cp, fs.cpSync and fsPromises.cp: Node's algorithm, its order of
// checks and its errors. The async form raises SystemErrors (as Node's JS does); cpSync's
// path checks and its whole-directory copy are C++ in Node, whose errors are plain Errors
// with a code ("Cannot overwrite ...") or "EEXIST, File exists '<dir>'": kept as Node has
// them, since programs and Node's tests read them.
(function () {
  'use strict';
  const { internals } = __bootstrap;
  const require = internals.require;
  const { codes, SystemError } = require('internal/errors');
  const validators = require('internal/validators');
  const path = require('path');
  const u = require('internal/fs/utils');

  const EEXIST = 17;
  const EINVAL = 22;
  const EISDIR = 21;
  const ENOTDIR = 20;

  const defaults = {
    dereference: false,
    errorOnExist: false,
    filter: undefined,
    force: true,
    preserveTimestamps: false,
    recursive: false,
    verbatimSymlinks: false,
  };

  function validateCpOptions(options) {
    if (options === undefined) return { ...defaults, mode: 0 };
    validators.validateObject(options, 'options');
    options = { ...defaults, ...options };
    for (const name of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
      validators.validateBoolean(options[name], 'options.' + name);
    }
    if (options.mode == null) options.mode = 0;
    else validators.validateInteger(options.mode, 'mode', 0, 7);
    if (options.dereference === true && options.verbatimSymlinks === true) {
      throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
    }
    if (options.filter !== undefined) validators.validateFunction(options.filter, 'options.filter');
    return options;
  }

  function systemError(key, message, target, errno, code) {
    return new SystemError(key, { message, path: target, syscall: 'cp', errno, code });
  }

  // The shape of Node's C++ THROW_ERR_* errors: an Error with a code, nothing else.
  function codedError(code, message) {
    const err = new Error(message);
    err.code = code;
    return err;
  }

  // strerror(3) wording for the std::filesystem errors of cpSync's directory copy.
  const strerror = {
    EEXIST: 'File exists', EINVAL: 'Invalid argument', ENOENT: 'No such file or directory',
    ENOTDIR: 'Not a directory', EISDIR: 'Is a directory', EACCES: 'Permission denied',
    EPERM: 'Operation not permitted', ENAMETOOLONG: 'File name too long',
  };
  function filesystemError(err, target) {
    const e = new Error(err.code + ', ' + (strerror[err.code] || err.message) + " '" + target + "'");
    e.errno = Math.abs(err.errno);
    e.code = err.code;
    e.path = target;
    e.syscall = 'cp';
    return e;
  }

  const isPromise = (v) => v !== null && typeof v === 'object' && typeof v.then === 'function' && v instanceof Promise;

  const sameFile = (a, b) => b.ino && b.dev && a.ino === b.ino && a.dev === b.dev;

  const toParts = (p) => path.resolve(p).split(path.sep).filter(Boolean);
  // True when dest is src or below it (by path, not by inode).
  function isSrcSubdir(src, dest) {
    const srcParts = toParts(src);
    const destParts = toParts(dest);
    return srcParts.every((part, i) => destParts[i] === part);
  }

  // --- cpSync --------------------------------------------------------------------------

  function cpSyncFn(src, dest, opts) {
    if (opts.filter) {
      const keep = opts.filter(src, dest);
      if (isPromise(keep)) throw new codes.ERR_INVALID_RETURN_VALUE('boolean', 'filter', keep);
      if (!keep) return;
    }
    checkPathsSync(src, dest, opts.dereference, opts.recursive);
    statAndCopySync(src, dest, opts);
  }

  // std::filesystem's parent_path: "/a" -> "/", "a" -> "", "/" -> "/".
  function parentPath(p) {
    const i = p.lastIndexOf('/');
    if (i < 0) return '';
    return i === 0 ? '/' : p.slice(0, i);
  }

  // Whether two paths are the same file (following links); null when one cannot be read.
  function equivalent(a, b) {
    const fs = require('fs');
    const x = fs.statSync(a, { throwIfNoEntry: false });
    const y = fs.statSync(b, { throwIfNoEntry: false });
    if (!x || !y) return null;
    return x.dev === y.dev && x.ino === y.ino;
  }

  const typeOf = (st) => {
    if (!st) return 'none';
    if (st.isDirectory()) return 'dir';
    if (st.isSymbolicLink()) return 'link';
    if (st.isSocket()) return 'socket';
    if (st.isFIFO()) return 'fifo';
    if (st.isFile() || st.isCharacterDevice() || st.isBlockDevice()) return 'file';
    return 'unknown';
  };

  // Node's cpSyncCheckPaths (C++): the source is read through links unless `dereference`
  // and the destination the other way round, as Node 24 does.
  function checkPathsSync(src, dest, dereference, recursive) {
    const fs = require('fs');
    let srcStat;
    try {
      srcStat = dereference ? fs.lstatSync(src) : fs.statSync(src);
    } catch (err) {
      if (typeof err.message === 'string' && err.syscall === 'stat') {
        err.message = err.message.replace(", stat '", ", lstat '");
        err.syscall = 'lstat';
      }
      throw err;
    }
    let destStat;
    try {
      destStat = dereference ? fs.statSync(dest) : fs.lstatSync(dest);
    } catch {
      destStat = undefined;
    }
    const srcType = typeOf(srcStat);
    const srcIsDir = srcType === 'dir' || (dereference && srcType === 'link');
    let srcStr = src;
    if (destStat) {
      if (equivalent(src, dest)) {
        throw codedError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same ' + dest);
      }
      const destIsDir = destStat.isDirectory();
      if (srcIsDir && !destIsDir) {
        throw codedError('ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${srcStr}`);
      }
      if (!srcIsDir && destIsDir) {
        throw codedError('ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${srcStr}`);
      }
    }
    if (!srcStr.endsWith('/')) srcStr += '/';
    if (srcIsDir && dest.startsWith(srcStr)) {
      throw codedError('ERR_FS_CP_EINVAL', `Cannot copy ${srcStr} to a subdirectory of self ${dest}`);
    }
    let destParent = parentPath(dest);
    while (parentPath(src) !== destParent && destParent !== '' && parentPath(destParent) !== destParent) {
      const same = equivalent(src, parentPath(dest));
      if (same) throw codedError('ERR_FS_CP_EINVAL', `Cannot copy ${srcStr} to a subdirectory of self ${dest}`);
      if (same === null) break;
      destParent = parentPath(destParent);
    }
    if (srcIsDir && !recursive) {
      throw codedError('ERR_FS_EISDIR', 'Recursive option not enabled, cannot copy a directory: ' + srcStr);
    }
    if (srcType === 'socket') throw codedError('ERR_FS_CP_SOCKET', 'Cannot copy a socket file: ' + dest);
    if (srcType === 'fifo') throw codedError('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe: ' + dest);
    if (srcType === 'unknown') throw codedError('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type: ' + dest);
    const parent = parentPath(dest);
    if (parent !== '' && (!destStat || !fs.existsSync(parent))) {
      try {
        fs.mkdirSync(parent, { recursive: true });
      } catch {
        // As Node: a parent that cannot be made fails the copy that follows.
      }
    }
  }

  function statAndCopySync(src, dest, opts) {
    const fs = require('fs');
    const statFn = opts.dereference ? fs.statSync : fs.lstatSync;
    const srcStat = statFn(src);
    const destStat = statFn(dest, { bigint: true, throwIfNoEntry: false });
    const type = typeOf(srcStat);
    if (type === 'dir' && opts.recursive) return onDirSync(srcStat, destStat, src, dest, opts);
    if (type === 'file') return onFileSync(srcStat, destStat, src, dest, opts);
    if (type === 'link') return onLinkSync(destStat, src, dest, opts.verbatimSymlinks);
    if (type === 'socket') {
      throw systemError('ERR_FS_CP_SOCKET', 'cannot copy a socket file: ' + dest, dest, EINVAL, 'EINVAL');
    }
    if (type === 'fifo') {
      throw systemError('ERR_FS_CP_FIFO_PIPE', 'cannot copy a FIFO pipe: ' + dest, dest, EINVAL, 'EINVAL');
    }
    throw systemError('ERR_FS_CP_UNKNOWN', 'cannot copy an unknown file type: ' + dest, dest, EINVAL, 'EINVAL');
  }

  function onFileSync(srcStat, destStat, src, dest, opts) {
    const fs = require('fs');
    if (destStat) {
      if (opts.errorOnExist && !opts.force) {
        throw systemError('ERR_FS_CP_EEXIST', dest + ' already exists', dest, EEXIST, 'EEXIST');
      }
      if (!opts.force) return;
      fs.unlinkSync(dest);
    }
    fs.copyFileSync(src, dest, opts.mode);
    if (opts.preserveTimestamps) setTimestampsSync(srcStat.mode, src, dest);
    fs.chmodSync(dest, srcStat.mode);
  }

  function setTimestampsSync(srcMode, src, dest) {
    const fs = require('fs');
    // A read-only copy must become writable for utimes to open it.
    if ((srcMode & 0o200) === 0) fs.chmodSync(dest, srcMode | 0o200);
    const now = fs.statSync(src);
    fs.utimesSync(dest, now.atime, now.mtime);
  }

  function onDirSync(srcStat, destStat, src, dest, opts) {
    const fs = require('fs');
    if (!opts.filter) {
      // Node copies the whole tree in C++ when there is no filter; its rules are these.
      if (destStat && !opts.force && opts.errorOnExist) {
        throw systemError('ERR_FS_CP_EEXIST', dest + ' already exists', dest, EEXIST, 'EEXIST');
      }
      copyTreeSync(src, dest, opts);
      return;
    }
    if (!destStat) fs.mkdirSync(dest);
    try {
      for (const name of listDir(src)) {
        const srcItem = path.join(src, name);
        const destItem = path.join(dest, name);
        const keep = opts.filter(srcItem, destItem);
        if (isPromise(keep)) throw new codes.ERR_INVALID_RETURN_VALUE('boolean', 'filter', keep);
        if (keep) statAndCopySync(srcItem, destItem, opts);
      }
    } finally {
      if (!destStat) fs.chmodSync(dest, srcStat.mode);
    }
  }

  function listDir(dir) {
    return require('fs').readdirSync(dir);
  }

  // Node's cpSyncCopyDir: links are copied as links (absolute, unless verbatimSymlinks),
  // directories made as needed, files copied unless they exist and `force` is off.
  function copyTreeSync(src, dest, opts) {
    const fs = require('fs');
    try {
      fs.mkdirSync(dest);
    } catch (err) {
      if (err.code !== 'EEXIST') throw filesystemError(err, dest);
    }
    let entries;
    try {
      entries = fs.readdirSync(src, { withFileTypes: true });
    } catch (err) {
      throw filesystemError(err, dest);
    }
    for (const entry of entries) {
      const srcItem = path.join(src, entry.name);
      const destItem = path.join(dest, entry.name);
      if (entry.isSymbolicLink()) {
        copyLinkInTreeSync(srcItem, destItem, src, dest, opts);
      } else if (entry.isDirectory()) {
        const existing = fs.lstatSync(destItem, { throwIfNoEntry: false });
        if (existing && !existing.isDirectory()) {
          throw filesystemError({ code: 'EEXIST', errno: -EEXIST }, destItem);
        }
        copyTreeSync(srcItem, destItem, opts);
      } else if (entry.isFile()) {
        const existing = fs.statSync(destItem, { throwIfNoEntry: false });
        if (existing) {
          if (!existing.isFile()) throw filesystemError({ code: 'EINVAL', errno: -EINVAL }, dest);
          if (!opts.force) {
            if (opts.errorOnExist) {
              throw systemError('ERR_FS_CP_EEXIST', destItem + ' already exists', destItem, EEXIST, 'EEXIST');
            }
            continue;
          }
        }
        try {
          fs.copyFileSync(srcItem, destItem);
          if (opts.preserveTimestamps) {
            const st = fs.statSync(srcItem);
            fs.utimesSync(destItem, st.atime, st.mtime);
          }
        } catch (err) {
          throw filesystemError(err, dest);
        }
      }
    }
  }

  function copyLinkInTreeSync(srcItem, destItem, src, dest, opts) {
    const fs = require('fs');
    if (opts.verbatimSymlinks) {
      try {
        fs.symlinkSync(fs.readlinkSync(srcItem), destItem);
      } catch (err) {
        throw filesystemError(err, dest);
      }
      return;
    }
    const target = fs.readlinkSync(srcItem);
    const targetIsDir = fs.statSync(srcItem, { throwIfNoEntry: false })?.isDirectory() ?? false;
    if (fs.existsSync(destItem)) {
      const destInfo = fs.lstatSync(destItem);
      if (destInfo.isSymbolicLink()) {
        const current = fs.readlinkSync(destItem);
        if (!opts.force && opts.errorOnExist) {
          throw systemError('ERR_FS_CP_EEXIST', destItem + ' already exists', destItem, EEXIST, 'EEXIST');
        }
        if (targetIsDir && isSrcSubdir(current, target)) {
          throw codedError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', `cannot overwrite ${current} with ${target}`);
        }
        if (targetIsDir && isSrcSubdir(target, current)) {
          throw codedError('ERR_FS_CP_EINVAL', `cannot copy ${target} to a subdirectory of self ${current}`);
        }
        fs.unlinkSync(destItem);
      } else if (!opts.force) {
        return;
      } else {
        fs.rmSync(destItem, { recursive: true });
      }
    }
    let absolute = path.resolve(src, target);
    try {
      absolute = fs.realpathSync(absolute);
    } catch {
      // Left as resolved: a link to what does not exist yet stays one.
    }
    try {
      fs.symlinkSync(absolute, destItem);
    } catch (err) {
      throw filesystemError(err, dest);
    }
  }

  function onLinkSync(destStat, src, dest, verbatimSymlinks) {
    const fs = require('fs');
    let resolvedSrc = fs.readlinkSync(src);
    if (!verbatimSymlinks && !path.isAbsolute(resolvedSrc)) {
      resolvedSrc = path.resolve(path.dirname(src), resolvedSrc);
    }
    if (!destStat) return fs.symlinkSync(resolvedSrc, dest);
    let resolvedDest;
    try {
      resolvedDest = fs.readlinkSync(dest);
    } catch (err) {
      if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return fs.symlinkSync(resolvedSrc, dest);
      throw err;
    }
    if (!path.isAbsolute(resolvedDest)) resolvedDest = path.resolve(path.dirname(dest), resolvedDest);
    const srcIsDir = fs.statSync(src, { throwIfNoEntry: false })?.isDirectory() ?? false;
    linkChecks(srcIsDir, resolvedSrc, resolvedDest, dest);
    fs.unlinkSync(dest);
    return fs.symlinkSync(resolvedSrc, dest);
  }

  function linkChecks(srcIsDir, resolvedSrc, resolvedDest, dest) {
    if (srcIsDir && isSrcSubdir(resolvedSrc, resolvedDest)) {
      throw systemError('ERR_FS_CP_EINVAL',
        `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest, EINVAL, 'EINVAL');
    }
    // Replacing dest would remove what src points into: a broken link would be left.
    if (srcIsDir && isSrcSubdir(resolvedDest, resolvedSrc)) {
      throw systemError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
        `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest, EINVAL, 'EINVAL');
    }
  }

  // --- cp and fsPromises.cp ------------------------------------------------------------

  const P = () => u.promiseForms;

  async function cpAsyncFn(src, dest, opts) {
    const { srcStat, destStat, skipped } = await checkPaths(src, dest, opts);
    if (skipped) return;
    await checkParentPaths(src, srcStat, dest);
    const destParent = path.dirname(dest);
    const parentExists = await P().stat(destParent).then(() => true, (err) => {
      if (err.code === 'ENOENT') return false;
      throw err;
    });
    if (!parentExists) await P().mkdir(destParent, { recursive: true });
    return statAndCopy(destStat, src, dest, opts);
  }

  async function checkPaths(src, dest, opts) {
    if (opts.filter && !(await opts.filter(src, dest))) return { skipped: true };
    const statFn = opts.dereference ? P().stat : P().lstat;
    const [srcStat, destStat] = await Promise.all([
      statFn(src, { bigint: true }),
      statFn(dest, { bigint: true }).catch((err) => {
        if (err.code === 'ENOENT') return null;
        throw err;
      }),
    ]);
    if (destStat) {
      if (sameFile(srcStat, destStat)) {
        throw systemError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same', dest, EINVAL, 'EINVAL');
      }
      if (srcStat.isDirectory() && !destStat.isDirectory()) {
        throw systemError('ERR_FS_CP_DIR_TO_NON_DIR',
          `cannot overwrite non-directory ${dest} with directory ${src}`, dest, EISDIR, 'EISDIR');
      }
      if (!srcStat.isDirectory() && destStat.isDirectory()) {
        throw systemError('ERR_FS_CP_NON_DIR_TO_DIR',
          `cannot overwrite directory ${dest} with non-directory ${src}`, dest, ENOTDIR, 'ENOTDIR');
      }
    }
    if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
      throw systemError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL');
    }
    return { srcStat, destStat, skipped: false };
  }

  // Walks up from dest's parent to src's parent or the root: none may be src itself
  // (by inode, so links count).
  async function checkParentPaths(src, srcStat, dest) {
    const srcParent = path.resolve(path.dirname(src));
    const destParent = path.resolve(path.dirname(dest));
    if (destParent === srcParent || destParent === path.parse(destParent).root) return;
    let destStat;
    try {
      destStat = await P().stat(destParent, { bigint: true });
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
    if (sameFile(srcStat, destStat)) {
      throw systemError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL');
    }
    return checkParentPaths(src, srcStat, destParent);
  }

  async function statAndCopy(destStat, src, dest, opts) {
    const srcStat = await (opts.dereference ? P().stat : P().lstat)(src);
    if (srcStat.isDirectory() && opts.recursive) return onDir(srcStat, destStat, src, dest, opts);
    if (srcStat.isDirectory()) {
      throw systemError('ERR_FS_EISDIR', `${src} is a directory (not copied)`, src, EISDIR, 'EISDIR');
    }
    const type = typeOf(srcStat);
    if (type === 'file') return onFile(srcStat, destStat, src, dest, opts);
    if (type === 'link') return onLink(destStat, src, dest, opts);
    if (type === 'socket') {
      throw systemError('ERR_FS_CP_SOCKET', 'cannot copy a socket file: ' + dest, dest, EINVAL, 'EINVAL');
    }
    if (type === 'fifo') {
      throw systemError('ERR_FS_CP_FIFO_PIPE', 'cannot copy a FIFO pipe: ' + dest, dest, EINVAL, 'EINVAL');
    }
    throw systemError('ERR_FS_CP_UNKNOWN', 'cannot copy an unknown file type: ' + dest, dest, EINVAL, 'EINVAL');
  }

  async function onFile(srcStat, destStat, src, dest, opts) {
    if (destStat) {
      if (opts.force) {
        await P().unlink(dest);
      } else {
        if (opts.errorOnExist) {
          throw systemError('ERR_FS_CP_EEXIST', dest + ' already exists', dest, EEXIST, 'EEXIST');
        }
        return;
      }
    }
    await P().copyFile(src, dest, opts.mode);
    if (opts.preserveTimestamps) {
      if ((srcStat.mode & 0o200) === 0) await P().chmod(dest, srcStat.mode | 0o200);
      const now = await P().stat(src);
      await P().utimes(dest, now.atime, now.mtime);
    }
    await P().chmod(dest, srcStat.mode);
  }

  async function onDir(srcStat, destStat, src, dest, opts) {
    if (!destStat) await P().mkdir(dest);
    for (const name of await P().readdir(src)) {
      const srcItem = path.join(src, name);
      const destItem = path.join(dest, name);
      const checked = await checkPaths(srcItem, destItem, opts);
      if (!checked.skipped) await statAndCopy(checked.destStat, srcItem, destItem, opts);
    }
    if (!destStat) await P().chmod(dest, srcStat.mode);
  }

  async function onLink(destStat, src, dest, opts) {
    let resolvedSrc = await P().readlink(src);
    if (!opts.verbatimSymlinks && !path.isAbsolute(resolvedSrc)) {
      resolvedSrc = path.resolve(path.dirname(src), resolvedSrc);
    }
    if (!destStat) return P().symlink(resolvedSrc, dest);
    let resolvedDest;
    try {
      resolvedDest = await P().readlink(dest);
    } catch (err) {
      if (err.code === 'EINVAL' || err.code === 'UNKNOWN') return P().symlink(resolvedSrc, dest);
      throw err;
    }
    if (!path.isAbsolute(resolvedDest)) resolvedDest = path.resolve(path.dirname(dest), resolvedDest);
    const srcIsDir = await P().stat(src).then((st) => st.isDirectory(), () => false);
    linkChecks(srcIsDir, resolvedSrc, resolvedDest, dest);
    await P().unlink(dest);
    return P().symlink(resolvedSrc, dest);
  }

  return { validateCpOptions, cpSyncFn, cpAsyncFn };
})();
