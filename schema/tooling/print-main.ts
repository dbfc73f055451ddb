// `npm run schema:print`: the SDL of every layer, written to schema/out/ for code generators,
// notebooks and reviewers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaLayers } from './schema-layers';

const out = process.env.SCHEMA_OUT_DIR ?? join(__dirname, '..', 'out');
const layers = schemaLayers();
mkdirSync(join(out, 'subgraphs'), { recursive: true });
writeFileSync(join(out, 'shared.graphql'), layers.shared);
for (const s of layers.subgraphs) writeFileSync(join(out, 'subgraphs', `${s.name}.graphql`), s.sdl);
writeFileSync(join(out, 'supergraph.graphql'), layers.supergraph);
writeFileSync(join(out, 'api.graphql'), layers.api);
process.stdout.write(`wrote ${out}: shared.graphql, ${layers.subgraphs.length} subgraphs, supergraph.graphql, api.graphql\n`);
