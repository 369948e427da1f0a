// fs.constants: the same names and values as Node on Linux.
const fs = require('fs');
console.log(JSON.stringify(fs.constants));
console.log(Object.isFrozen(fs.constants), fs.constants === require('fs/promises').constants);
console.log(fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_WRONLY);
