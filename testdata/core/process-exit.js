setTimeout(() => console.log('never'), 100);
process.on('exit', (code) => {
  console.log('exit listener', code);
  setTimeout(() => console.log('timers do not run after exit'), 0);
});
console.log('before');
process.exit(4);
console.log('after (never)');
