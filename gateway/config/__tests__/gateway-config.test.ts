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

  it('stops the start naming a bad value', () => {
    expect(() => loadGatewayConfig({ POLICIES: 'false' })).toThrow(/POLICIES="false"/);
    expect(() => loadGatewayConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
  });

  it('refuses POLICIES=off in production also for options that skipped the validation', () => {
    expect(() => policiesOn({ POLICIES: 'off', NODE_ENV: 'production' })).toThrow(/POLICIES="off"/);
    expect(policiesOn({})).toBe(true);
  });
});
