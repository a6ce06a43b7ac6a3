console.error("cli ok", process.argv.slice(2));
