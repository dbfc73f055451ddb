// `npm run conformance -- --jurisdiction LAO [--url http://host:port/graphql] [--json]`
// Signed calls need the deployment's CONTEXT_KEY (development key outside production).
import { parseArgs } from 'node:util';
import { formatReport, runConformance } from './run-conformance';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { jurisdiction: { type: 'string' }, url: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
  if (!values.jurisdiction) {
    process.stderr.write('usage: npm run conformance -- --jurisdiction <CODE> [--url <subgraph GraphQL URL>] [--json]\n');
    return 2;
  }
  const report = await runConformance({ jurisdiction: values.jurisdiction, url: values.url });
  process.stdout.write(`${values.json ? JSON.stringify(report, null, 2) : formatReport(report)}\n`);
  return report.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`conformance: ${error.message}\n`);
    process.exit(2);
  },
);
