// Node's test environment, plus two duties at the end of each test file.
//
// First, close the in-process stacks (gateway/stack/in-process.ts) the file left open. A start
// that outlives its beforeAll's budget goes on after the file's own afterAll has run; without this
// its servers and timers would run on into the next files, and keep the run from ever ending. Done
// when the file's run has finished, after every hook but while its modules can still be loaded: a
// start still under way needs them.
//
// Second, node:http is one module for every file a worker runs, and nock patches its request
// functions when a file loads it. Put back as they were before the file, so that the next files'
// calls do not go through an interceptor left by a file that is gone.
import http from 'node:http';
import https from 'node:https';
import type { Circus } from '@jest/types';
import NodeEnvironment from 'jest-environment-node';
import { openTestStacks } from '../../gateway/stack/open-test-stacks';

type Environment = ConstructorParameters<typeof NodeEnvironment>;

export default class CorridorTestEnvironment extends NodeEnvironment {
  private readonly testPath: string;
  private readonly httpAsFound = { ClientRequest: http.ClientRequest, request: http.request, get: http.get };
  private readonly httpsAsFound = { request: https.request, get: https.get };

  constructor(config: Environment[0], context: Environment[1]) {
    super(config, context);
    this.testPath = context.testPath;
  }

  async handleTestEvent(event: Circus.AsyncEvent | Circus.SyncEvent): Promise<void> {
    if (event.name === 'run_finish') await this.closeOpenStacks();
  }

  override async teardown(): Promise<void> {
    // A start still under way at run_finish that finished since.
    await this.closeOpenStacks();
    Object.assign(http, this.httpAsFound);
    Object.assign(https, this.httpsAsFound);
    await super.teardown();
  }

  private async closeOpenStacks(): Promise<void> {
    const open = openTestStacks(this.global);
    if (open.size) {
      process.stderr.write(`closing ${open.size} test stack(s) left open by ${this.testPath}\n`);
      await Promise.all([...open].map((starting) => starting.then((stack) => stack.close(), () => undefined)));
    }
  }
}
