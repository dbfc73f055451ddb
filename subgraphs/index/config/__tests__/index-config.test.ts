import { loadIndexConfig } from '../index-config';

describe('index configuration', () => {
  it('defaults to the embedded store, a pass every 10 s and a 30 s page budget', () => {
    expect(loadIndexConfig({})).toEqual({ INDEX_SYNC_INTERVAL_MS: 10_000, INDEX_FEED_TIMEOUT_MS: 30_000, INDEX_REDIS_PREFIX: 'corridor:index:' });
  });

  it('takes Redis when REDIS_URL is set, and is frozen', () => {
    const config = loadIndexConfig({ REDIS_URL: 'redis://127.0.0.1:6379', INDEX_REDIS_PREFIX: 'a:', INDEX_SYNC_INTERVAL_MS: '500' });
    expect(config).toMatchObject({ REDIS_URL: 'redis://127.0.0.1:6379', INDEX_REDIS_PREFIX: 'a:', INDEX_SYNC_INTERVAL_MS: 500 });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    ['INDEX_SYNC_INTERVAL_MS', 'soon'],
    ['INDEX_SYNC_INTERVAL_MS', '5'],
    ['INDEX_FEED_TIMEOUT_MS', '-1'],
    ['INDEX_REDIS_PREFIX', ''],
  ])('stops on %s=%j, naming it and the value', (name, value) => {
    expect(() => loadIndexConfig({ [name]: value })).toThrow(new RegExp(`${name}=${JSON.stringify(value)}`));
  });

  it('names a bad REDIS_URL without echoing its password', () => {
    expect(() => loadIndexConfig({ REDIS_URL: 'http://user:secret@host' })).toThrow('REDIS_URL="http://user:***@host": must be a redis');
    expect(() => loadIndexConfig({ REDIS_URL: 'http://user:secret@host' })).not.toThrow(/secret/);
  });
});
