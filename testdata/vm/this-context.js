// node:vm in the main context: scripts run in the global scope (var declarations become
// globals, locals stay invisible), filenames show in stack traces, syntax errors come at
// compile time, compileFunction takes parameters.
'use strict';
const vm = require('vm');

const local = 'not visible';
globalThis.shared = 2;
const script = new vm.Script('var fromScript = shared * 21; typeof local', { filename: 'my-script.js' });
console.log(script.runInThisContext(), globalThis.fromScript);
console.log(vm.runInThisContext('fromScript + 1'));
console.log(vm.runInThisContext('this === globalThis'));

try {
  vm.runInThisContext('throw new TypeError("from vm")', 'thrower.js');
} catch (err) {
  console.log(err instanceof TypeError, err.message, err.stack.includes('thrower.js'));
}
try {
  new vm.Script('let = = 1', { filename: 'bad.js' });
} catch (err) {
  console.log(err.name, err instanceof SyntaxError);
}

const add = vm.compileFunction('return a + b + (typeof local)', ['a', 'b'], { filename: 'fn.js' });
console.log(add(1, 2), add.length);
try {
  vm.compileFunction('return (', []);
} catch (err) {
  console.log('compileFunction:', err.name);
}
for (const bad of [() => vm.compileFunction(5), () => vm.compileFunction('1', 'a'), () => vm.isContext(1)]) {
  try {
    bad();
  } catch (err) {
    console.log(err.code);
  }
}
console.log(vm.isContext({}), typeof vm.createScript('1').runInThisContext);
