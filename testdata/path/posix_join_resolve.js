const path = require('path');
console.log(path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'));
console.log(path.join('a', '', 'b'), path.join(''), path.join(), path.join('/', '..', 'x'));
console.log(path.resolve('/foo/bar', './baz'), path.resolve('/foo/bar', '/tmp/file/'));
console.log(path.resolve('/a', 'b', '../c', './d/'));
console.log(path.resolve('x') === path.join(process.cwd(), 'x'));
console.log(path.resolve() === process.cwd());
console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'));
console.log(JSON.stringify([path.relative('/a', '/a'), path.relative('/a/b', '/a'), path.relative('/', '/a/b'), path.relative('/a/b', '/a/bc')]));
