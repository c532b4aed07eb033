// Child of bench-package.ts: milliseconds to import one module specifier in a fresh process (Node already started).
const start = performance.now();
await import(process.argv[2]);
console.log(performance.now() - start);
