const ac = new AbortController();
const { signal } = ac;
console.log(signal.aborted, signal.reason);
signal.addEventListener('abort', (e) => console.log('abort event', e.type, signal.aborted));
signal.onabort = () => console.log('onabort');
ac.abort(new Error('why'));
console.log(signal.reason.message);
ac.abort();
const pre = AbortSignal.abort();
console.log(pre.aborted, pre.reason.name);
try { pre.throwIfAborted(); } catch (e) { console.log('thrown', e.name); }
const t = AbortSignal.timeout(5);
t.addEventListener('abort', () => console.log('timeout', t.reason.name));
const any = AbortSignal.any([new AbortController().signal, pre]);
console.log('any', any.aborted);
const et = new EventTarget();
et.addEventListener('x', (e) => console.log('once', e.type), { once: true });
et.dispatchEvent(new Event('x'));
et.dispatchEvent(new Event('x'));
