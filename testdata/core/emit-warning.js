process.on('warning', (w) => console.log('warning event', w.name, w.message, w.code));
process.emitWarning('something odd');
process.emitWarning('old api', 'DeprecationWarning', 'DEP0999');
process.emitWarning('custom', { type: 'CustomWarning', code: 'C1', detail: 'more detail' });
const w = new Error('an error object');
w.name = 'MyWarning';
process.emitWarning(w);
try { process.emitWarning(5); } catch (e) { console.log(e.code); }
console.log('sync end');
