// Process entry of the INTERPOL subgraph: `tsx subgraphs/interpol/main.ts`.
import { runCountrySubgraph } from '../kit/subgraph/run-country';
import { createAdapter } from './adapter';

void runCountrySubgraph('INTERPOL', createAdapter);
