const path = require('path');
const cases = [['a.js', '*.js'], ['x/a.js', '*.js'], ['x/y/a.js', '**/*.js'], ['a/b/c', 'a/*/c'], ['.hidden', '*'], ['src/x.ts', 'src/**/*.{js,ts}'], ['a1', 'a?'], ['b.js', '[ab].js'], ['c.js', '[!ab].js']];
for (const [p, g] of cases) console.log(p, g, path.matchesGlob(p, g));
