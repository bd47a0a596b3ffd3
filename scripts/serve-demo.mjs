// Serves the repository so that demo/index.html can load the built dist/article-reader.js.
// Usage: node scripts/serve-demo.mjs [--port 8000]
import { startDevServer } from '@web/dev-server';

const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : process.env.PORT || 8000);

const server = await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.stop();
    process.exit(0);
  });
}
