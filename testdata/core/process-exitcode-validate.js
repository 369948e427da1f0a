try { process.exitCode = 'abc'; } catch (e) { console.log(e.code, e.message); }
try { process.exitCode = 1.5; } catch (e) { console.log(e.code); }
process.exitCode = '2';
console.log(process.exitCode);
process.exitCode = undefined;
console.log(process.exitCode);
