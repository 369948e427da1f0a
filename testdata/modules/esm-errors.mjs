try {
  await import('./fixtures/nope.mjs');
} catch (e) {
  console.log(e.code);
}
try {
  await import('no-such-pkg-anywhere');
} catch (e) {
  console.log(e.code);
}
try {
  await import('node:nope');
} catch (e) {
  console.log(e.code);
}
