// An fs error nobody catches ends the program with Node's report and exit code 1.
const fs = require('fs');
console.log('before');
fs.readFileSync('no-such-file.txt');
console.log('not reached');
