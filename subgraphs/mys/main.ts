// Process entry of the MYS subgraph: `tsx subgraphs/mys/main.ts`.
import { runCountrySubgraph } from '../kit/subgraph/run-country';
import { createAdapter } from './adapter';

void runCountrySubgraph('MYS', createAdapter);
