process.on('exit', (code) => {
  console.log('first', code);
  process.exit(9);
});
process.on('exit', () => console.log('second does not run'));
