import { MappingError } from '../mapping-error';
import { rememberMappings } from '../remembered-mappings';
import type { PersonRecord } from '../../record/person-record';
import { person } from '../../subgraph/__tests__/memory-agency';

interface Raw {
  ref: string;
  passport?: string;
  count?: bigint;
}

/** A mapping that counts its calls; a raw record without a passport cannot be mapped. */
function counting() {
  const calls: string[] = [];
  const map = (raw: Raw): PersonRecord | Error => {
    calls.push(raw.ref);
    return raw.passport ? person(`PHL:PNP:${raw.ref}`, raw.passport, '+639171234567') : new MappingError('passport', undefined, 'missing');
  };
  return { calls, map };
}

describe('an adapter mapping remembered by native form', () => {
  it('maps a native record met again with the same content once, and answers the same record', () => {
    const { calls, map } = counting();
    const remembered = rememberMappings(map);
    const first = remembered({ ref: '1', passport: 'P1' });
    // A later read of the source: a new object with the same content.
    const again = remembered({ ref: '1', passport: 'P1' });
    expect(again).toBe(first);
    expect(calls).toEqual(['1']);
  });

  it('maps a record again when its native form changed', () => {
    const { calls, map } = counting();
    const remembered = rememberMappings(map);
    const before = remembered({ ref: '1', passport: 'P1' }) as PersonRecord;
    const after = remembered({ ref: '1', passport: 'P2' }) as PersonRecord;
    expect(after.documents[0]!.number).toBe('P2');
    expect(before.documents[0]!.number).toBe('P1');
    expect(calls).toEqual(['1', '1']);
  });

  it('hands out shared records frozen all the way down, so no caller can change another’s', () => {
    const remembered = rememberMappings(counting().map);
    const record = remembered({ ref: '1', passport: 'P1' }) as PersonRecord;
    expect(Object.isFrozen(record)).toBe(true);
    expect(Object.isFrozen(record.documents)).toBe(true);
    expect(Object.isFrozen(record.documents[0])).toBe(true);
    expect(() => {
      (record.documents[0] as { number: string }).number = 'X';
    }).toThrow(TypeError);
  });

  it('does not keep records that could not be mapped: each read gets its own error', () => {
    const { calls, map } = counting();
    const remembered = rememberMappings(map);
    const first = remembered({ ref: '9' });
    const second = remembered({ ref: '9' });
    expect(first).toBeInstanceOf(MappingError);
    expect(second).toBeInstanceOf(MappingError);
    expect(second).not.toBe(first);
    expect(calls).toEqual(['9', '9']);
  });

  it('maps every time a native form JSON cannot write (a BigInt), rather than fail', () => {
    const { calls, map } = counting();
    const remembered = rememberMappings(map);
    remembered({ ref: '1', passport: 'P1', count: 1n });
    remembered({ ref: '1', passport: 'P1', count: 1n });
    expect(calls).toEqual(['1', '1']);
  });

  it('tells apart native forms held in Maps and Sets, and maps a class instance every time', () => {
    const calls: string[] = [];
    class Row {
      constructor(readonly passport: string) {}
    }
    const remembered = rememberMappings((raw: { cells: Map<string, string> } | { tags: Set<string> } | Row) => {
      calls.push(raw instanceof Row ? raw.passport : 'cells' in raw ? raw.cells.get('passport')! : [...raw.tags].join());
      return person('PHL:PNP:1', 'P1', '+639171234567');
    });
    remembered({ cells: new Map([['passport', 'P1']]) });
    remembered({ cells: new Map([['passport', 'P2']]) });
    remembered({ cells: new Map([['passport', 'P1']]) });
    remembered({ tags: new Set(['a']) });
    remembered({ tags: new Set(['b']) });
    remembered(new Row('P3'));
    remembered(new Row('P3'));
    expect(calls).toEqual(['P1', 'P2', 'a', 'b', 'P3', 'P3']);
  });

  it('keeps at most `max` records, the least recently used going first', () => {
    const { calls, map } = counting();
    const remembered = rememberMappings(map, 2);
    for (const ref of ['1', '2', '1', '3', '1', '2']) remembered({ ref, passport: `P${ref}` });
    // 1 and 2 mapped; 1 used; 3 evicts 2; 1 still held; 2 mapped again.
    expect(calls).toEqual(['1', '2', '3', '2']);
  });
});
