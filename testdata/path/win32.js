const w = require('path').win32;
const inputs = ['C:\\', 'C:', 'C:foo', 'C:\\foo\\..\\bar', 'c:/a/b/', '\\\\server\\share', '\\\\server\\share\\dir\\f.txt', '\\foo', 'foo\\bar', '\\\\?\\C:\\x'];
for (const p of inputs) {
  console.log(JSON.stringify([p, w.normalize(p), w.dirname(p), w.basename(p), w.extname(p), w.isAbsolute(p), w.parse(p)]));
}
console.log(w.join('C:\\a', '..', 'b'), w.join('\\\\server', 'share'), w.resolve('C:\\a', 'D:\\b', 'c'));
console.log(w.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'), w.relative('C:\\a', 'D:\\b'));
console.log(w.toNamespacedPath('C:\\x\\y'), w.toNamespacedPath('\\\\srv\\sh\\f'), w.sep, w.delimiter);
console.log(w.format({ dir: 'C:\\path\\dir', base: 'file.txt' }));
