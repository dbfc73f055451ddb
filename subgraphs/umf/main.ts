// Process entry of ONE long-tail country's subgraph: `JURISDICTION=AUS tsx subgraphs/umf/main.ts`
// (a container per country, or an agency running just its own). host.ts runs them by shard.
import { runCountrySubgraph } from '../kit/subgraph/run-country';
import { createUmfAdapter } from './adapter';

void runCountrySubgraph((process.env.JURISDICTION ?? '').trim().toUpperCase(), createUmfAdapter);
