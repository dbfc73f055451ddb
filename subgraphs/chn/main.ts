// Process entry of the CHN subgraph: `tsx subgraphs/chn/main.ts`.
import { runCountrySubgraph } from '../kit/subgraph/run-country';
import { createAdapter } from './adapter';

void runCountrySubgraph('CHN', createAdapter);
