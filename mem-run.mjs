setTimeout(() => { const m = process.memoryUsage(); console.error("MEM", JSON.stringify(Object.fromEntries(Object.entries(m).map(([k,v])=>[k,Math.round(v/1048576)])))); process.exit(0); }, 6000);
await import("./dist/main.js");
