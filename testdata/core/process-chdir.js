const start = process.cwd();
process.chdir('..');
console.log(process.cwd() === require('path').dirname(start));
process.chdir(start);
try { process.chdir('/definitely/not/here'); } catch (e) { console.log(e.code, e.syscall, e.message.includes('/definitely/not/here')); }
try { process.chdir(5); } catch (e) { console.log(e.code); }
