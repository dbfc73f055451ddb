import { readiness, supergraphCheck, type ReadinessCheck } from '../readiness';

const failing: ReadinessCheck = { name: 'redis', check: async () => Promise.reject(new Error('connect ECONNREFUSED')) };

describe('readiness', () => {
  it('is ready when the supergraph is loaded and every dependency answers', async () => {
    expect(await readiness([supergraphCheck(() => ({ status: 'loaded' }), () => false)])).toEqual({ ready: true, checks: { supergraph: 'ok' } });
  });

  it('names each dependency that is not ready, and why', async () => {
    const result = await readiness([supergraphCheck(() => ({ status: 'loading' }), () => false), failing]);
    expect(result).toEqual({ ready: false, checks: { supergraph: 'supergraph not loaded yet', redis: 'connect ECONNREFUSED' } });
  });

  it('turns unready the moment the gateway starts stopping, and once the supergraph is let go', async () => {
    expect((await readiness([supergraphCheck(() => ({ status: 'loaded' }), () => true)])).checks.supergraph).toBe('shutting down');
    expect((await readiness([supergraphCheck(() => ({ status: 'stopped' }), () => false)])).checks.supergraph).toBe('supergraph stopped');
  });
});
