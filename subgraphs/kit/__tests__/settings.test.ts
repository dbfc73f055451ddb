import { z } from 'zod';
import { loadGatewayConfig } from '../../../gateway/config/gateway-config';
import { loadSubgraphConfig } from '../config';
import { parseSettings, shownValue } from '../settings';

describe('a bad setting in a start-up error', () => {
  it('is named with its value, a password in a URL masked', () => {
    expect(shownValue('PORT', 'abc')).toBe('"abc"');
    expect(shownValue('REDIS_URL', 'redis://:s3cret@cache:6379')).toBe('"redis://:***@cache:6379"');
    expect(shownValue('DATABASE_URL', 'postgres://corridor:s3cret@db/corridor')).toBe('"postgres://corridor:***@db/corridor"');
    // A Redis Cluster's seed list, and a value too malformed to be a URL, are masked too.
    expect(shownValue('REDIS_URL', 'redis://:a@n1:7000,redis://:b@n2:7001')).toBe('"redis://:***@n1:7000,redis://:***@n2:7001"');
    expect(shownValue('DATABASE_URL', 'postgres//u:pw@db')).toBe('"postgres//u:***@db"');
    expect(shownValue('REDIS_URL', undefined)).toBeUndefined();
  });

  it('withholds the value of a setting that is a secret itself', () => {
    expect(shownValue('INDEX_KEY', 'too short')).toBe('(withheld)');
    expect(() => loadSubgraphConfig({ INDEX_KEY: 'short-but-secret' })).toThrow('invalid configuration: INDEX_KEY=(withheld): INDEX_KEY must be at least 32 characters');
    expect(() => loadSubgraphConfig({ INDEX_KEY: 'short-but-secret' })).not.toThrow(/short-but-secret/);
  });

  it('never shows the password of a bad REDIS_URL given to the gateway', () => {
    const start = () => loadGatewayConfig({ REDIS_URL: 'http://officer:s3cret@cache:6379' });
    expect(start).toThrow(/^invalid gateway configuration: REDIS_URL="http:\/\/officer:\*\*\*@cache:6379": must be a redis/);
    expect(start).not.toThrow(/s3cret/);
  });

  it('lists every bad setting, and returns the parsed settings frozen when all are good', () => {
    const schema = z.object({ A: z.coerce.number().int(), B: z.enum(['on', 'off']) });
    expect(() => parseSettings(schema, { A: 'x', B: 'maybe' }, 'test configuration')).toThrow(/^invalid test configuration: A="x": .+; B="maybe": /);
    const settings = parseSettings(schema, { A: '3', B: 'on' }, 'test configuration');
    expect(settings).toEqual({ A: 3, B: 'on' });
    expect(Object.isFrozen(settings)).toBe(true);
  });
});
