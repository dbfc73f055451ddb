import type { PersonRole } from '../../kit/record/person-record';
import type { ScenarioRecord } from '../../scenario/model';
import { documentKey } from './document-key';
import type { I247Notice, NoticeColour } from './i247-shapes';
import { NoticeIds } from './notice-ids';
import { renderNotice } from './render-notice';

/** Most notices of each kind the simulator derives: enough to page and batch, few enough to read. */
export const NOTICE_CAPS = { RED: 25, YELLOW: 12, BLUE_DIFFUSION: 6 } as const;

interface Request {
  kind: I247Notice['kind'];
  colour: NoticeColour;
  cap: number;
  wants(record: ScenarioRecord): boolean;
  state(record: ScenarioRecord): string;
}

const has = (record: ScenarioRecord, role: PersonRole) => record.roles.includes(role);
const traffickingSuspect = (r: ScenarioRecord) => has(r, 'SUSPECT') && r.cases.some((c) => c.offences.includes('TRAFFICKING_IN_PERSONS'));

/**
 * Which records a member country would have turned into a request to INTERPOL, in priority order:
 * - a RED notice (wanted) for a suspect in a trafficking case;
 * - a YELLOW notice (missing) for an identified victim, CANCELLED once a rescue found them;
 * - a BLUE diffusion (locate, identify) for another suspect.
 */
const REQUESTS: Request[] = [
  { kind: 'NOTICE', colour: 'RED', cap: NOTICE_CAPS.RED, wants: traffickingSuspect, state: () => 'PUBLISHED' },
  {
    kind: 'NOTICE',
    colour: 'YELLOW',
    cap: NOTICE_CAPS.YELLOW,
    wants: (r) => has(r, 'VICTIM'),
    state: (r) => (r.events.some((e) => e.type === 'RESCUE') ? 'CANCELLED' : 'PUBLISHED'),
  },
  { kind: 'DIFFUSION', colour: 'BLUE', cap: NOTICE_CAPS.BLUE_DIFFUSION, wants: (r) => has(r, 'SUSPECT'), state: () => 'PUBLISHED' },
];

/**
 * The notices and diffusions of the simulated INTERPOL system, each with the record it was
 * derived from: the same scenario gives the same notices, in the same order.
 *
 * INTERPOL holds one request per person: a record whose travel document is already on a notice is
 * the same person seen by another country (the story suspect is in THA and PHL records), so it
 * adds none. The first record in scenario order asks.
 */
export function noticeRequests(records: readonly ScenarioRecord[]): { record: ScenarioRecord; notice: I247Notice }[] {
  const onNotice = new Set<string>();
  const ids = new NoticeIds();
  const requests: { record: ScenarioRecord; notice: I247Notice }[] = [];
  const national = records.filter((r) => /^[A-Z]{3}$/.test(r.jurisdiction));
  for (const request of REQUESTS) {
    let count = 0;
    for (const record of national) {
      if (count === request.cap) break;
      const keys = record.documents.map((d) => documentKey(d.issuingCountry, d.number));
      if (!request.wants(record) || keys.some((k) => onNotice.has(k))) continue;
      for (const k of keys) onNotice.add(k);
      const seed = `${request.colour}:${record.jurisdiction}:${record.agency}:${record.localId}`;
      const notice_id = ids.next(request.kind, Number(record.updatedAt.slice(0, 4)), seed);
      requests.push({ record, notice: renderNotice(record, { notice_id, kind: request.kind, colour: request.colour, state: request.state(record) }) });
      count += 1;
    }
  }
  return requests;
}

/** The notices alone, as the system serves them. */
export function deriveNotices(records: readonly ScenarioRecord[]): I247Notice[] {
  return noticeRequests(records).map((r) => r.notice);
}
