// `npm run schema:check`: the current API schema against the last released one. Exits 1 on a
// breaking change that is not acknowledged. `-- --release` records the current one as released.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { compareApiSchemas } from './schema-changes';
import { apiSchemaOf, schemaLayers } from './schema-layers';

const released = join(__dirname, '..', 'released');
const releasedApi = join(released, 'api.graphql');
const acknowledgedFile = join(released, 'acknowledged.json');

const current = process.env.SCHEMA_CHECK_SUPERGRAPH ? apiSchemaOf(readFileSync(process.env.SCHEMA_CHECK_SUPERGRAPH, 'utf8')) : schemaLayers().api;
if (process.argv.includes('--release')) {
  writeFileSync(releasedApi, current);
  writeFileSync(acknowledgedFile, '[]\n');
  process.stdout.write(`recorded the current API schema as released (${releasedApi}); acknowledgements cleared\n`);
  process.exit(0);
}
if (!existsSync(releasedApi)) {
  process.stderr.write(`no released API schema at ${releasedApi}; run \`npm run schema:check -- --release\` once\n`);
  process.exit(1);
}
const acknowledged = existsSync(acknowledgedFile)
  ? z.array(z.string()).parse(JSON.parse(readFileSync(acknowledgedFile, 'utf8')))
  : [];
const result = compareApiSchemas(readFileSync(releasedApi, 'utf8'), current, acknowledged);
const line = (tag: string) => (c: { type: string; description: string }) => process.stdout.write(`  ${tag} ${c.type}: ${c.description}\n`);
process.stdout.write(`breaking changes: ${result.breaking.length}, dangerous changes: ${result.dangerous.length}\n`);
result.breaking.forEach(line('BREAKING'));
result.dangerous.forEach(line('dangerous'));
if (result.unacknowledged.length > 0) {
  process.stderr.write(`\n${result.unacknowledged.length} breaking change(s) not acknowledged. If intended, add each description to ${acknowledgedFile}.\n`);
  process.exit(1);
}
process.stdout.write('schema check passed\n');
