import { publishedKeys } from '../../identifiers/published-keys';
import { createLogger } from '../../log';
import { Publication } from '../publication';
import { memoryAgency, person } from './memory-agency';

// The real hashing, watched: which records a cycle hashes.
jest.mock('../../identifiers/published-keys', () => {
  const actual = jest.requireActual<typeof import('../../identifiers/published-keys')>('../../identifiers/published-keys');
  return { ...actual, publishedKeys: jest.fn(actual.publishedKeys) };
});
const hashed = publishedKeys as jest.MockedFunction<typeof publishedKeys>;

const SECRET = 'a-test-index-key-of-at-least-thirty-two-characters';

describe('a publication cycle over a source read again', () => {
  it('hashes a record the adapter remembered (the same frozen record) once, and one it mapped afresh every cycle', async () => {
    const remembered = Object.freeze(person('PHL:PNP:1', 'P1', '+639171234567'));
    const agency = memoryAgency([remembered, person('PHL:PNP:2', 'P2', '+639171234568')]);
    const publication = new Publication(agency.adapter, SECRET, createLogger('test', 'silent'), { minIntervalMs: 0 });

    expect(await publication.readyFor(0, 5000)).toBe(true);
    const head = publication.log.head;
    // The next read: the remembered record again, the other mapped afresh (a new object).
    agency.records = [remembered, person('PHL:PNP:2', 'P2', '+639171234568')];
    expect(await publication.readyFor(head, 5000)).toBe(true);

    const hashedIds = hashed.mock.calls.map(([record]) => record.id);
    expect(hashedIds.filter((id) => id === 'PHL:PNP:1')).toHaveLength(1);
    expect(hashedIds.filter((id) => id === 'PHL:PNP:2')).toHaveLength(2);
    // Nothing changed at the source: the second cycle changed nothing in the log.
    expect(publication.log.head).toBe(head);
    expect(agency.pageReads).toBe(2);
  });
});
