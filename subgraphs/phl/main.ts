// Process entry of the PHL subgraph: `tsx subgraphs/phl/main.ts`.
import { runCountrySubgraph } from '../kit/subgraph/run-country';
import { createPhlAdapter } from './adapter';

void runCountrySubgraph('PHL', createPhlAdapter);
