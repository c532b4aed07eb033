console.log('conform placeholder', process.argv.slice(2));
