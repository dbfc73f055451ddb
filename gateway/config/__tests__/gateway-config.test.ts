import { availableParallelism } from 'node:os';
import { loadGatewayConfig, policiesOn } from '../gateway-config';

describe('gateway configuration', () => {
  it('enforces policies unless told otherwise', () => {
    const config = loadGatewayConfig({});
    expect(config.POLICIES).toBe('on');
    expect(policiesOn(config)).toBe(true);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('turns policies and audit off outside production only', () => {
    expect(policiesOn(loadGatewayConfig({ POLICIES: 'off' }))).toBe(false);
    expect(policiesOn(loadGatewayConfig({ POLICIES: 'off', NODE_ENV: 'test' }))).toBe(false);
    expect(() => loadGatewayConfig({ POLICIES: 'off', NODE_ENV: 'production' })).toThrow(
      'invalid gateway configuration: POLICIES="off": field policies and the audit cannot be turned off when NODE_ENV=production',
    );
  });

  it('runs one worker by default, one per core with auto, and refuses a bad count', () => {
    expect(loadGatewayConfig({}).GATEWAY_WORKERS).toBe(1);
    const shared = { REDIS_URL: 'redis://127.0.0.1:6379', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' };
    expect(loadGatewayConfig({ ...shared, GATEWAY_WORKERS: 'auto' }).GATEWAY_WORKERS).toBe(availableParallelism());
    expect(loadGatewayConfig({ ...shared, GATEWAY_WORKERS: '3' }).GATEWAY_WORKERS).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'many', '65']) expect(() => loadGatewayConfig({ ...shared, GATEWAY_WORKERS: bad })).toThrow(new RegExp(`GATEWAY_WORKERS="${bad.replace('.', '\\.')}"`));
  });

  it('refuses several workers that could not share state: no Redis, or the single-writer audit file', () => {
    expect(() => loadGatewayConfig({ GATEWAY_WORKERS: '2', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' })).toThrow(/GATEWAY_WORKERS="2": more than one worker needs REDIS_URL/);
    expect(() => loadGatewayConfig({ GATEWAY_WORKERS: '2', REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(/needs the PostgreSQL audit sink/);
    expect(() => loadGatewayConfig({ GATEWAY_WORKERS: '2', REDIS_URL: 'redis://127.0.0.1:6379', DATABASE_URL: 'postgres://x@127.0.0.1/test', AUDIT_SINK: 'file' })).toThrow(/needs the PostgreSQL audit sink/);
    // With policies and the audit off (a benchmark), there is no trail to share.
    expect(loadGatewayConfig({ GATEWAY_WORKERS: '2', REDIS_URL: 'redis://127.0.0.1:6379', POLICIES: 'off' }).GATEWAY_WORKERS).toBe(2);
  });

  it('shares identical subgraph reads in flight unless told otherwise', () => {
    expect(loadGatewayConfig({}).SHARE_INFLIGHT).toBe('on');
    expect(loadGatewayConfig({ SHARE_INFLIGHT: 'off' }).SHARE_INFLIGHT).toBe('off');
    expect(() => loadGatewayConfig({ SHARE_INFLIGHT: 'no' })).toThrow(/SHARE_INFLIGHT="no"/);
  });

  it('stops the start naming a bad value', () => {
    expect(() => loadGatewayConfig({ POLICIES: 'false' })).toThrow(/POLICIES="false"/);
    expect(() => loadGatewayConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
  });

  it('refuses POLICIES=off in production also for options that skipped the validation', () => {
    expect(() => policiesOn({ POLICIES: 'off', NODE_ENV: 'production' })).toThrow(/POLICIES="off"/);
    expect(policiesOn({})).toBe(true);
  });
});
