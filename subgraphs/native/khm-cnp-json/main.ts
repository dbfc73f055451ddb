// Process entry of the simulated CNP records API: `tsx subgraphs/native/khm-cnp-json/main.ts`.
import { runNativeSource } from '../run-native-source';

void runNativeSource('KHM');
