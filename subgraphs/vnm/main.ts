// Process entry of the VNM subgraph: `tsx subgraphs/vnm/main.ts`.
import { runCountrySubgraph } from '../kit/subgraph/run-country';
import { createAdapter } from './adapter';

void runCountrySubgraph('VNM', createAdapter);
