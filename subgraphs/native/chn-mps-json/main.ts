// Process entry of the simulated MPS person-information interface: `tsx subgraphs/native/chn-mps-json/main.ts`.
import { runNativeSource } from '../run-native-source';

void runNativeSource('CHN');
