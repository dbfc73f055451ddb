// Process entry of the simulated INTERPOL notices and SLTD API: `tsx subgraphs/native/interpol-notices/main.ts`.
import { runNativeSource } from '../run-native-source';

void runNativeSource('INTERPOL');
