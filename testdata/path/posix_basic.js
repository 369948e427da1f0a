const path = require('path');
const inputs = ['', '.', '..', '/', '//', 'a', 'a/', '/a', '//a', 'a/b', 'a//b', 'a/./b', 'a/../b', 'a/../../b', '../a', '/..', 'a/..', '.a', '..a', '...', 'a.b.c', '/x/y.tar.gz', 'dir/.bashrc', '/foo/bar//baz/asdf/quux/..'];
for (const p of inputs) {
  console.log(JSON.stringify([p, path.normalize(p), path.dirname(p), path.basename(p), path.extname(p), path.isAbsolute(p)]));
}
