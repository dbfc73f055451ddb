// A child for the supervisor test: serves /healthz (answering the Node flags it runs with), and
// crashes on its first run.
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';

const marker = process.env.CRASH_MARKER!;
if (!existsSync(marker)) {
  writeFileSync(marker, 'crashed once');
  process.exit(3);
}
createServer((_req, res) => res.end(JSON.stringify(process.execArgv))).listen(Number(process.env.CRASH_PORT), '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
