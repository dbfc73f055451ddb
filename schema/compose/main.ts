// `npm run compose`: compose the supergraph offline from the registry and write it for the gateway.
import { writeFileSync } from 'node:fs';
import { loadRegistry } from '../registry/registry';
import { supergraphPath } from '../supergraph-path';
import { CompositionFailed, composeSupergraph, registrySubgraphs } from './compose';

try {
  const subgraphs = registrySubgraphs(loadRegistry());
  const sdl = composeSupergraph(subgraphs);
  const file = process.env.SUPERGRAPH_PATH ?? supergraphPath;
  writeFileSync(file, sdl);
  process.stdout.write(`composed ${subgraphs.length} subgraphs (${subgraphs.map((s) => s.name).join(', ')}) into ${file}\n`);
} catch (error) {
  if (!(error instanceof CompositionFailed)) throw error;
  process.stderr.write('composition failed:\n');
  for (const p of error.problems) {
    process.stderr.write(`  ${p.code} in ${p.subgraphs.join(', ') || 'the supergraph'}: ${p.message}\n`);
  }
  process.exit(1);
}
