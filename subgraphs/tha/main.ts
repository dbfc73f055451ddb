// Process entry of the THA subgraph: `tsx subgraphs/tha/main.ts`.
import { runCountrySubgraph } from '../kit/subgraph/run-country';
import { createThaAdapter } from './adapter';

void runCountrySubgraph('THA', createThaAdapter);
