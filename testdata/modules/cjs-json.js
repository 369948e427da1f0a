const data = require('./fixtures/data.json');
console.log(data.name, data.list, require('./fixtures/data') === data);
