// Process entry of the simulated PNP / BI records API: `tsx subgraphs/native/phl-pnp-api/main.ts`.
import { runNativeSource } from '../run-native-source';

void runNativeSource('PHL');
