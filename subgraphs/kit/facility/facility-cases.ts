import type { EventType, PartialDate, PersonRecord, PersonRole, Place } from '../record/person-record';
import { decideRelease, type ReleaseRequester } from '../release/release-decision';

/** What a country needs to know of a facility to find it in its records (schema/registry/facilities.json). */
export interface FacilitySite {
  readonly id: string;
  /** ISO 3166-1 alpha-3 of the country the site is in. */
  readonly country: string;
  /** Every name agencies record the site under. */
  readonly knownAs: readonly string[];
}

/** A reference to one of the country's own records; its fields are answered under the release rules. */
export interface RecordRef {
  readonly id: string;
}

/** One case at a facility, as `FacilityCase` serves it. */
export interface FacilityCaseView {
  reference: string;
  jurisdiction: string;
  status: string | null;
  exploitationTypes: string[];
  offences: string[];
  persons: { role: PersonRole | null; record: RecordRef }[];
  events: { type: EventType; when: PartialDate | null; where: Place | null; operation: string | null; record: RecordRef }[];
}

/** What a country reports about one facility for one requester (`FacilityCases`, less its id and contact). */
export interface FacilityCasesFound {
  cases: FacilityCaseView[];
  /** Records at the facility or in its cases whose casework the owner withheld from this requester. */
  withheldRecords: number;
}

/** Id of one country's cases at one facility: `<facility id>:<country>`, e.g. `PHL-BAMBAN:PHL`. */
export const facilityCasesId = (facility: string, country: string): string => `${facility}:${country}`;

/** A facility name compared the way agencies' spellings differ: case, accents and spacing ignored. */
export function facilityNameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[\s"'“”‘’.,_-]+/g, ' ').trim();
}

/** Whether an event happened at the site: a known name, and the site's country or none recorded. */
export function happenedAt(place: Place | null, site: FacilitySite, names: ReadonlySet<string> = new Set(site.knownAs.map(facilityNameKey))): boolean {
  if (!place?.facility) return false;
  if (place.country && place.country !== site.country) return false;
  return names.has(facilityNameKey(place.facility));
}

/** Earliest first; events without a date last; then by record, then as recorded. */
function eventOrder(a: FacilityCaseView['events'][number], b: FacilityCaseView['events'][number]): number {
  const ka = a.when?.instant ?? a.when?.iso;
  const kb = b.when?.instant ?? b.when?.iso;
  if (ka !== kb) return ka === undefined ? 1 : kb === undefined ? -1 : ka < kb ? -1 : 1;
  return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
}

const sortedUnion = (lists: Iterable<readonly string[]>): string[] => [...new Set([...lists].flat())].sort();

/**
 * A country's cases at a facility, from its own records, for one requester. A case is in it when a
 * record whose casework the owner releases to this requester places one of its events at the
 * facility; its persons are every released record of the case, its events those of its records at
 * the facility. A record whose casework is withheld (`decideRelease`, the same rules as a record
 * fetched in a trace) adds nothing but a count: neither its case references, its role nor its
 * events leave the subgraph, and no case is listed on its account alone.
 */
export function findFacilityCases(records: Iterable<PersonRecord>, site: FacilitySite, requester: ReleaseRequester, country: string): FacilityCasesFound {
  const names = new Set(site.knownAs.map(facilityNameKey));
  const all = [...records];
  const releases = new Map<string, boolean>();
  const released = (r: PersonRecord): boolean => {
    let yes = releases.get(r.id);
    if (yes === undefined) {
      yes = !decideRelease(r, requester).withheldFields.includes('cases');
      releases.set(r.id, yes);
    }
    return yes;
  };
  const withheld = new Set<string>();
  const references = new Set<string>();
  for (const r of all) {
    if (!r.events.some((e) => happenedAt(e.where, site, names))) continue;
    if (!released(r)) withheld.add(r.id);
    else for (const c of r.cases) references.add(c.reference);
  }
  const members = new Map<string, { record: PersonRecord; involvement: PersonRecord['cases'][number] }[]>();
  for (const r of all) {
    for (const involvement of r.cases) {
      if (!references.has(involvement.reference)) continue;
      if (!released(r)) {
        withheld.add(r.id);
        continue;
      }
      const list = members.get(involvement.reference) ?? [];
      if (!list.some((m) => m.record.id === r.id)) list.push({ record: r, involvement });
      members.set(involvement.reference, list);
    }
  }
  const cases = [...members.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([reference, list]): FacilityCaseView => {
      const byId = [...list].sort((a, b) => (a.record.id < b.record.id ? -1 : 1));
      // Each record keeps the status its agency last wrote: the case's is the latest record's.
      const latest = [...byId].sort((a, b) => (b.record.updatedAt ?? '').localeCompare(a.record.updatedAt ?? ''))[0]!;
      return {
        reference,
        jurisdiction: country,
        status: latest.involvement.status,
        exploitationTypes: sortedUnion(list.map((m) => m.involvement.exploitationTypes)),
        offences: sortedUnion(list.map((m) => m.involvement.offences)),
        persons: byId.map((m) => ({ role: m.involvement.role, record: { id: m.record.id } })),
        events: byId
          .flatMap((m) =>
            m.record.events.filter((e) => happenedAt(e.where, site, names)).map((e) => ({ type: e.type, when: e.when, where: e.where, operation: e.operation, record: { id: m.record.id } })),
          )
          .sort(eventOrder),
      };
    });
  return { cases, withheldRecords: withheld.size };
}
