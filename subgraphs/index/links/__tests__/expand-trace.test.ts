import { askedKeys } from '../../../kit/identifiers/asked-keys';
import { MemoryKeyStore } from '../../store/key-store';
import { MemoryDecisionStore } from '../decision-store';
import { expandTrace } from '../expand-trace';
import { SECRET, keysOf, type Who } from './fixtures';

const victim: Who = { id: 'PHL:PNP:1', name: 'Maricel Dizon Villanueva', born: '1998-03-14', passport: 'P4821937B', phone: '0917 482 1937' };
/** Her record abroad: the passport, no phone. */
const abroad: Who = { id: 'THA:TIB:1', name: 'MARICEL DIZON VILLANUEVA', born: '1998-03-14', passport: 'P4821937B', country: 'PHL' };
/** Her record at another desk: no passport, but her full name and date of birth. */
const byName: Who = { id: 'MYS:PDRM:1', name: 'VILLANUEVA MARICEL DIZON', born: '1998-03-14' };
/** Someone else with her name and birth year: a namesake, nothing else in common. */
const namesake: Who = { id: 'VNM:MPS:1', name: 'Maricel Dizon Villanueva', born: '1998' };
/** Another person who gave the same phone (her recruiter's). */
const sharesPhone: Who = { id: 'PHL:PNP:2', name: 'Jocelyn Soriano', born: '2001-07-30', phone: '0917 482 1937' };

async function storeOf(...who: Who[]) {
  const store = new MemoryKeyStore();
  for (const w of who) await store.put(w.id, keysOf(w));
  return store;
}
const passport = () => askedKeys({ kind: 'TRAVEL_DOCUMENT', value: 'P4821937B', country: 'PHL' }, SECRET).keys;

describe('expanding a trace', () => {
  it('finds what holds an asked key at hop 0, then what shares an identifier, or is likely the same person', async () => {
    const store = await storeOf(victim, abroad, byName, namesake, sharesPhone);
    expect([...(await expandTrace({ store }, passport(), 0)).keys()].sort()).toEqual([victim.id, abroad.id].sort());
    const found = await expandTrace({ store }, passport(), 1);
    expect([...found.keys()].sort()).toEqual([abroad.id, byName.id, victim.id, sharesPhone.id].sort());
    expect(found.get(victim.id)).toEqual(keysOf(victim));
  });

  it('does not pull a namesake into a trace through the name alone', async () => {
    const store = await storeOf(victim, namesake);
    expect([...(await expandTrace({ store }, passport(), 3)).keys()]).toEqual([victim.id]);
  });

  it('finds everyone of a name when the name itself is asked', async () => {
    const store = await storeOf(victim, namesake, byName);
    const asked = askedKeys({ kind: 'NAME', value: 'maricel villanueva dizon' }, SECRET).keys;
    expect([...(await expandTrace({ store }, asked, 0)).keys()].sort()).toEqual([byName.id, victim.id, namesake.id].sort());
  });

  it('does not expand through a pair decided to be different people (GREEN)', async () => {
    const store = await storeOf(victim, abroad, sharesPhone);
    const decisions = new MemoryDecisionStore();
    await decisions.record({ a: victim.id, b: sharesPhone.id, decision: 'DIFFERENT_PEOPLE', reason: 'different people', decidedBy: { sub: 's', country: 'PHL', agency: 'PNP' }, purpose: 'PHL-2024-0001', decidedAt: new Date().toISOString() });
    expect([...(await expandTrace({ store, decisions }, passport(), 2)).keys()].sort()).toEqual([abroad.id, victim.id].sort());
    // Asked directly, a record is found whatever was decided about it.
    const phone = askedKeys({ kind: 'PHONE', value: '+639174821937' }, SECRET).keys;
    expect([...(await expandTrace({ store, decisions }, phone, 0)).keys()].sort()).toEqual([sharesPhone.id, victim.id].sort());
  });
});
