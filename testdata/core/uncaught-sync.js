console.log('before');
throw new TypeError('thrown at top level');
