// Process entry of the ZZX subgraph: `tsx subgraphs/zzx/main.ts`.
import { runCountrySubgraph } from '../../../subgraph/run-country';
import { createAdapter } from './adapter';

void runCountrySubgraph('ZZX', createAdapter);
