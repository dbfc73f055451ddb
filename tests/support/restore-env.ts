/**
 * Puts these environment variables back after each test of the calling file as they were when it
 * was loaded (unset ones unset again), for tests that set what a process reads at start.
 */
export function restoreEnvAfterEach(names: readonly string[]): void {
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  afterEach(() => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });
}
