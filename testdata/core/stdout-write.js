const r = process.stdout.write('no newline');
process.stdout.write(' then newline\n');
console.log(typeof r, typeof process.stdout.on, process.stdout.writable);
process.stdout.write(Buffer.from('bytes\n'));
process.stdout.write('with callback\n', () => console.log('callback ran'));
process.stderr.write('to stderr\n');
console.log(process.stdout.fd, process.stderr.fd);
