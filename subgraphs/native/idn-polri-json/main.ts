// Process entry of the simulated POLRI / Imigrasi subject API: `tsx subgraphs/native/idn-polri-json/main.ts`.
import { runNativeSource } from '../run-native-source';

void runNativeSource('IDN');
