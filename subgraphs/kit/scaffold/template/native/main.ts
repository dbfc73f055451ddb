// Process entry of the simulated ZZX agency system.
import { runNativeSource } from '../../../../native/run-native-source';

void runNativeSource('ZZX');
