import { join } from 'node:path';

/** Where `npm run compose` writes the supergraph and where the gateway reads it by default. */
export const supergraphPath = join(__dirname, 'supergraph.graphql');
