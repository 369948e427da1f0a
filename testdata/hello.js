// A first program: events, timers and the loop's exit, as Node runs them.
const { EventEmitter } = require('events');
const greeter = new EventEmitter();
greeter.on('greet', (name) => console.log(`Hello, ${name}!`));
setTimeout(() => greeter.emit('greet', 'World'), 10);
process.on('exit', (code) => console.log('exit code', code));
