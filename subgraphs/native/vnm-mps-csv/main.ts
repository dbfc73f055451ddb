// Process entry of the simulated MPS file drop (CSV exports): `tsx subgraphs/native/vnm-mps-csv/main.ts`.
import { runNativeSource } from '../run-native-source';

void runNativeSource('VNM');
