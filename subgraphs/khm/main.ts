// Process entry of the KHM subgraph: `tsx subgraphs/khm/main.ts`.
import { runCountrySubgraph } from '../kit/subgraph/run-country';
import { createAdapter } from './adapter';

void runCountrySubgraph('KHM', createAdapter);
