import { Gauge, Registry } from 'prom-client';
import { isBreakerOpen, useResilience } from '../useResilience';
import { isReadOnly } from '../operation-kind';
import { loadResilienceConfig } from '../resilience-config';

class Down extends Error {}
const isTransient = (error: unknown) => error instanceof Down;
const read = { idempotent: true, budgetMs: 2000 };
const write = { idempotent: false, budgetMs: 2000 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function gauge() {
  const registry = new Registry();
  const breakerState = new Gauge({ name: 'corridor_circuit_breaker_state', help: 'h', labelNames: ['subgraph'], registers: [registry] });
  const value = async () => (await breakerState.get()).values.find((v) => v.labels.subgraph === 'tha')?.value;
  return { breakerState, value };
}

/** An attempt that fails `failures` times, then answers; counts its calls. */
function flaky(failures: number, error: () => Error = () => new Down('down')) {
  const calls = { n: 0 };
  return { calls, attempt: async () => (++calls.n <= failures ? Promise.reject(error()) : 'ok') };
}

describe('retries', () => {
  it('retries a read once after a transient failure, a write never', async () => {
    const policy = useResilience({ retries: 1, retryDelayMs: 1, breakerFailures: 0 }).policyFor('tha', isTransient);
    const readCall = flaky(1);
    await expect(policy.execute(readCall.attempt, read)).resolves.toBe('ok');
    expect(readCall.calls.n).toBe(2);
    const writeCall = flaky(1);
    await expect(policy.execute(writeCall.attempt, write)).rejects.toBeInstanceOf(Down);
    expect(writeCall.calls.n).toBe(1);
  });

  it('is bounded, and never retries a failure that is not transient', async () => {
    const policy = useResilience({ retries: 1, retryDelayMs: 1, breakerFailures: 0 }).policyFor('tha', isTransient);
    const always = flaky(10);
    await expect(policy.execute(always.attempt, read)).rejects.toBeInstanceOf(Down);
    expect(always.calls.n).toBe(2);
    const refused = flaky(1, () => new Error('401'));
    await expect(policy.execute(refused.attempt, read)).rejects.toThrow('401');
    expect(refused.calls.n).toBe(1);
  });

  it('does not retry when what is left of the budget could not hold another attempt', async () => {
    const policy = useResilience({ retries: 1, retryDelayMs: 50, breakerFailures: 0 }).policyFor('tha', isTransient);
    const slow = { n: 0 };
    const attempt = async () => {
      slow.n++;
      await sleep(150);
      throw new Down('timed out');
    };
    await expect(policy.execute(attempt, { idempotent: true, budgetMs: 300 })).rejects.toBeInstanceOf(Down);
    expect(slow.n).toBe(1);
  });

  it('hands every attempt the one deadline of the call', async () => {
    const policy = useResilience({ retries: 1, retryDelayMs: 1, breakerFailures: 0 }).policyFor('tha', isTransient);
    const deadlines: number[] = [];
    let n = 0;
    await policy.execute(async (deadline) => {
      deadlines.push(deadline);
      if (++n === 1) throw new Down('x');
      return 'ok';
    }, read);
    expect(deadlines).toHaveLength(2);
    expect(deadlines[0]).toBe(deadlines[1]);
  });
});

describe('circuit breaker', () => {
  it('opens after N consecutive failed calls, fails fast, tests after the cool-down and closes', async () => {
    const { breakerState, value } = gauge();
    const policy = useResilience({ retries: 0, breakerFailures: 3, breakerCooldownMs: 200, metrics: { breakerState } }).policyFor('tha', isTransient);
    expect(await value()).toBe(0);
    const down = flaky(100);
    for (let i = 0; i < 3; i++) await expect(policy.execute(down.attempt, read)).rejects.toBeInstanceOf(Down);
    expect(policy.state).toBe('OPEN');
    expect(await value()).toBe(2);
    const error = await policy.execute(down.attempt, read).catch((e: unknown) => e);
    expect(isBreakerOpen(error)).toBe(true);
    expect(down.calls.n).toBe(3); // refused without calling
    await sleep(250);
    await expect(policy.execute(async () => 'back', read)).resolves.toBe('back');
    expect(policy.state).toBe('CLOSED');
    expect(await value()).toBe(0);
  });

  it('counts a call once, retries included, and ignores failures that are not the subgraph’s', async () => {
    const policy = useResilience({ retries: 1, retryDelayMs: 1, breakerFailures: 2, breakerCooldownMs: 10_000 }).policyFor('tha', isTransient);
    const down = flaky(100);
    await expect(policy.execute(down.attempt, read)).rejects.toBeInstanceOf(Down);
    expect(policy.state).toBe('CLOSED');
    for (let i = 0; i < 5; i++) await expect(policy.execute(async () => Promise.reject(new Error('401')), read)).rejects.toThrow('401');
    expect(policy.state).toBe('CLOSED');
    await expect(policy.execute(down.attempt, read)).rejects.toBeInstanceOf(Down);
    expect(policy.state).toBe('OPEN');
  });

  it('opens again when the test call after the cool-down fails', async () => {
    const { breakerState, value } = gauge();
    const policy = useResilience({ retries: 0, breakerFailures: 1, breakerCooldownMs: 100, metrics: { breakerState } }).policyFor('tha', isTransient);
    const down = flaky(100);
    await expect(policy.execute(down.attempt, read)).rejects.toBeInstanceOf(Down);
    await sleep(150);
    await expect(policy.execute(down.attempt, read)).rejects.toBeInstanceOf(Down);
    expect(down.calls.n).toBe(2);
    expect(policy.state).toBe('OPEN');
    expect(await value()).toBe(2);
  });

  it('is off at 0', async () => {
    const policy = useResilience({ retries: 0, breakerFailures: 0 }).policyFor('tha', isTransient);
    const down = flaky(100);
    for (let i = 0; i < 20; i++) await expect(policy.execute(down.attempt, read)).rejects.toBeInstanceOf(Down);
    expect(down.calls.n).toBe(20);
  });
});

describe('isReadOnly', () => {
  it.each([
    ['query Trace__index__0($a: [IdentifierInput!]!) { trace(identifiers: $a) { id } }', true],
    ['{ _service { sdl } }', true],
    ['  query { a }', true],
    ['mutation ConfirmLink__index__0 { confirmLink(a: "x", b: "y") { id } }', false],
    ['subscription { a }', false],
    ['fragment F on Q { a } query X { ...F }', true],
    ['fragment F on M { a } mutation X { ...F }', false],
    ['not graphql', false],
    [undefined, false],
  ])('%s → %s', (query, expected) => {
    expect(isReadOnly(query)).toBe(expected);
  });
});

describe('loadResilienceConfig', () => {
  it('has defaults, and stops the start on a bad value naming it', () => {
    expect(loadResilienceConfig({})).toEqual({ SUBGRAPH_RETRIES: 1, SUBGRAPH_RETRY_DELAY_MS: 50, BREAKER_FAILURES: 5, BREAKER_COOLDOWN_MS: 10_000 });
    expect(() => loadResilienceConfig({ SUBGRAPH_RETRIES: '9' })).toThrow(/SUBGRAPH_RETRIES="9"/);
    expect(() => loadResilienceConfig({ BREAKER_COOLDOWN_MS: 'soon' })).toThrow(/BREAKER_COOLDOWN_MS="soon"/);
  });
});
