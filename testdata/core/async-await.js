const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function main() {
  console.log('a');
  await sleep(5);
  console.log('b');
  const results = await Promise.all([sleep(3).then(() => 1), Promise.resolve(2), 3]);
  console.log(results);
  try { await Promise.any([Promise.reject(new Error('x'))]); } catch (e) { console.log(e.constructor.name, e.errors.length); }
  const settled = await Promise.allSettled([Promise.reject(1), Promise.resolve(2)]);
  console.log(settled);
}
main().then(() => console.log('done'));
