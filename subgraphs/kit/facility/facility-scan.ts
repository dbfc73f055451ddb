import type { PersonRecord } from '../record/person-record';
import type { NativeAdapter } from '../subgraph/native-adapter';
import { facilityNameKey, happenedAt, type FacilitySite } from './facility-cases';

/** The records a country holds about its facilities, read from every page of its native source. */
export interface FacilityScan {
  /** Records with an event at one of the sites, and every record of their cases. Unreleased: the rules apply per request. */
  readonly records: readonly PersonRecord[];
  /** Native records that could not be read: reported, never silently dropped. */
  readonly skippedRecords: number;
}

/** Bounds a runaway cursor. */
const MAX_PAGES = 100_000;

/**
 * Read every record the native source holds and keep those the facilities' cases need: a record
 * with an event at a site, and every record sharing a case with one. Records of other cases are
 * kept only until the read ends (a case's records can come on any page).
 */
export async function scanFacilityRecords(adapter: NativeAdapter, sites: readonly FacilitySite[]): Promise<FacilityScan> {
  const names = sites.map((site) => ({ site, names: new Set(site.knownAs.map(facilityNameKey)) }));
  const atSite: PersonRecord[] = [];
  const byCase = new Map<string, PersonRecord[]>();
  let skippedRecords = 0;
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { records, next } = await adapter.fetchPage(cursor);
    for (const r of records) {
      if (r instanceof Error) {
        skippedRecords++;
        continue;
      }
      if (r.events.some((e) => names.some((n) => happenedAt(e.where, n.site, n.names)))) atSite.push(r);
      for (const c of r.cases) byCase.set(c.reference, [...(byCase.get(c.reference) ?? []), r]);
    }
    cursor = next;
    if (cursor === null) break;
  }
  const kept = new Map(atSite.map((r) => [r.id, r]));
  for (const r of atSite) for (const c of r.cases) for (const member of byCase.get(c.reference) ?? []) kept.set(member.id, member);
  return { records: [...kept.values()], skippedRecords };
}

/**
 * Searching reads every native record, so a country does it once for all its facilities, on the
 * first question, then again whenever the result is older than `ttlMs` (the last good one is
 * served meanwhile). Concurrent requests share one read; a failed read keeps nothing and is tried
 * again on the next question.
 */
export class FacilityScanCache {
  private value?: FacilityScan;
  private at = 0;
  private refreshing?: Promise<FacilityScan>;

  constructor(
    private readonly adapter: NativeAdapter,
    private readonly sites: readonly FacilitySite[],
    /** How old a scan may be before a new one starts. @default 30_000 */
    private readonly ttlMs = 30_000,
  ) {}

  async get(): Promise<FacilityScan> {
    if (this.value) {
      if (Date.now() - this.at >= this.ttlMs) this.refresh().catch(() => {});
      return this.value;
    }
    return this.refresh();
  }

  private refresh(): Promise<FacilityScan> {
    this.refreshing ??= scanFacilityRecords(this.adapter, this.sites).then(
      (value) => {
        this.value = value;
        this.at = Date.now();
        this.refreshing = undefined;
        return value;
      },
      (error: unknown) => {
        this.refreshing = undefined;
        throw error;
      },
    );
    return this.refreshing;
  }
}
