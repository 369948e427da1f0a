console.log('esm start');
throw new RangeError('thrown from an ES module');
