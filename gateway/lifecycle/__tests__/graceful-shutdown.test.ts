import pino from 'pino';
import { onTerminationSignals } from '../graceful-shutdown';

const log = pino({ level: 'silent' });
// A signal no test runner sends, emitted by hand: the handlers are what is tested, not the OS.
const SIGNAL = 'SIGUSR2' as const;
const emit = () => process.emit(SIGNAL, SIGNAL);
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('onTerminationSignals', () => {
  it('stops once and exits 0 when the stop resolves', async () => {
    const exits: number[] = [];
    let stops = 0;
    const off = onTerminationSignals({ log, deadlineMs: 1000, signals: [SIGNAL], exit: (c) => exits.push(c), stop: async () => void stops++ });
    try {
      emit();
      await tick();
      expect(stops).toBe(1);
      expect(exits).toEqual([0]);
    } finally {
      off();
    }
  });

  it('exits 1 when the stop fails or overruns its deadline, and at once on a second signal', async () => {
    const exits: number[] = [];
    const off = onTerminationSignals({ log, deadlineMs: 50, signals: [SIGNAL], exit: (c) => exits.push(c), stop: () => new Promise(() => {}) });
    try {
      emit();
      emit();
      expect(exits).toEqual([1]); // the second signal
      await tick(100);
      expect(exits).toEqual([1, 1]); // the deadline
    } finally {
      off();
    }
    const failing: number[] = [];
    const off2 = onTerminationSignals({ log, deadlineMs: 1000, signals: [SIGNAL], exit: (c) => failing.push(c), stop: async () => Promise.reject(new Error('sink stuck')) });
    try {
      emit();
      await tick();
      expect(failing).toEqual([1]);
    } finally {
      off2();
    }
  });
});
