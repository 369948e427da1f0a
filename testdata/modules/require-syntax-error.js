try {
  require('./fixtures/bad-syntax');
} catch (e) {
  console.log(e.name);
}
