// Process entry of the IDN subgraph: `tsx subgraphs/idn/main.ts`.
import { runCountrySubgraph } from '../kit/subgraph/run-country';
import { createAdapter } from './adapter';

void runCountrySubgraph('IDN', createAdapter);
