import { loadGatewayConfig } from '../../config/gateway-config';
import { loadAdmissionConfig } from '../admission-config';

describe('admission configuration', () => {
  it('has defaults that let Corridor’s own operations through', () => {
    expect(loadAdmissionConfig({})).toEqual({
      MAX_QUERY_DEPTH: 12,
      MAX_ALIASES: 30,
      MAX_ROOT_FIELDS: 10,
      MAX_TOKENS: 2000,
      MAX_QUERY_COST: 10_000,
      QUERY_COST_LIST_FACTOR: 10,
      MAX_BATCH_SIZE: 1,
      PERSISTED_QUERY_TTL_MS: 3_600_000,
      TRUSTED_DOCUMENTS: 'off',
    });
  });

  it('is read with the rest of the gateway’s configuration, from strings', () => {
    const config = loadGatewayConfig({ MAX_QUERY_DEPTH: '8', MAX_ALIASES: '0', MAX_BATCH_SIZE: '5', TRUSTED_DOCUMENTS: 'require', TRUSTED_DOCUMENTS_FILE: '/etc/corridor/trusted.json' });
    expect(config).toMatchObject({ MAX_QUERY_DEPTH: 8, MAX_ALIASES: 0, MAX_BATCH_SIZE: 5, TRUSTED_DOCUMENTS: 'require', TRUSTED_DOCUMENTS_FILE: '/etc/corridor/trusted.json' });
  });

  it.each([
    ['MAX_QUERY_DEPTH', 'deep'],
    ['MAX_QUERY_DEPTH', '0'],
    ['MAX_ALIASES', '-1'],
    ['MAX_ROOT_FIELDS', '2.5'],
    ['MAX_TOKENS', ''],
    ['MAX_QUERY_COST', 'lots'],
    ['QUERY_COST_LIST_FACTOR', '0'],
    ['MAX_BATCH_SIZE', '1000'],
    ['PERSISTED_QUERY_TTL_MS', '10'],
    ['TRUSTED_DOCUMENTS', 'yes'],
  ])('stops the start on %s=%j, naming it and the value', (name, value) => {
    expect(() => loadGatewayConfig({ [name]: value })).toThrow(new RegExp(`^invalid gateway configuration: ${name}=${JSON.stringify(JSON.stringify(value)).slice(1, -1)}: `));
  });
});
