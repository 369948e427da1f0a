// DOMException: names, legacy codes, prototype getters, Error-ness, and where Node throws one.
const e = new DOMException('m', 'DataCloneError');
console.log(e.name, e.message, e.code, e instanceof Error, Object.prototype.toString.call(e));
console.log(String(e), Object.keys(e).length, e.stack.split('\n')[0]);
const d = new DOMException();
console.log(JSON.stringify([d.name, d.message, d.code]));
const o = new DOMException('a', { name: 'AbortError', cause: 42 });
console.log(o.name, o.code, o.cause);
console.log(new DOMException('x', 'NoSuchName').code, new DOMException('x', 'TimeoutError').code);
console.log(DOMException.INVALID_CHARACTER_ERR, DOMException.prototype.DATA_CLONE_ERR, DOMException.DOMSTRING_SIZE_ERR);
console.log(Object.keys(DOMException.prototype).slice(0, 4).join());
try { Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({}); } catch (err) { console.log(err.name, err.code); }
try { structuredClone(() => {}); } catch (err) { console.log(err instanceof DOMException, err.name, err.code); }
try { atob('*'); } catch (err) { console.log(err instanceof DOMException, err.name, err.code); }
const ac = new AbortController();
ac.abort();
console.log(ac.signal.reason instanceof DOMException, ac.signal.reason.name, ac.signal.reason.code, ac.signal.reason.message);
