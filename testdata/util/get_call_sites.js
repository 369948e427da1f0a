// util.getCallSites: the caller's frames (name, script, line), the frame count and its
// argument errors.
const util = require('util');
function inner() { return util.getCallSites(); }
function outer() { return inner(); }
const sites = outer();
console.log(Object.keys(sites[0]));
for (const s of sites.slice(0, 2)) {
  console.log(s.functionName, s.scriptName === __filename, s.lineNumber, s.columnNumber === s.column && s.column > 0, typeof s.scriptId);
}
console.log(sites[0].scriptId === sites[1].scriptId);
console.log(util.getCallSites(1).length);
for (const bad of [-1, 0, 201, 'x']) {
  try {
    util.getCallSites(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
