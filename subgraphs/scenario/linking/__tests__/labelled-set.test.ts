import { linkingSet } from '../labelled-set';

describe('the labelled linking set', () => {
  const set = linkingSet(11, { people: 60 });

  it('is the same for the same seed, and another for another', () => {
    expect(JSON.stringify(linkingSet(11, { people: 60 }).records)).toBe(JSON.stringify(set.records));
    expect(JSON.stringify(linkingSet(12, { people: 60 }).records)).not.toBe(JSON.stringify(set.records));
  });

  it('gives every record a unique id and its ground-truth person, most people more than one record', () => {
    const ids = set.records.map((r) => r.record.id);
    expect(new Set(ids).size).toBe(ids.length);
    const perPerson = new Map<string, number>();
    for (const r of set.records) perPerson.set(r.personKey, (perPerson.get(r.personKey) ?? 0) + 1);
    expect([...perPerson.values()].filter((n) => n >= 2).length).toBeGreaterThan(perPerson.size / 2);
  });

  it('carries no event, so no operation total can move', () => {
    expect(set.records.every((r) => r.record.events.length === 0)).toBe(true);
  });
});
