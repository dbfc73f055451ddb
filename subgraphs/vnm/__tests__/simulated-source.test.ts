// The adapter against the simulated MPS file drop over real HTTP: every record the simulator
// exports must map and agree with the scenario's ground truth; new exports must be picked up.
import { normaliseDocumentNumber } from '../../kit/mapping/documents';
import { toE164 } from '../../kit/mapping/phones';
import { NativeSourceError } from '../../kit/native/native-source-error';
import type { PersonRecord } from '../../kit/record/person-record';
import { VNM_RECORDS, vnmTestScenario } from '../../native/vnm-mps-csv/__tests__/vnm-scenario';
import { renderExport, renderRow } from '../../native/vnm-mps-csv/render';
import { startVnmNativeSource, type VnmNativeServer } from '../../native/vnm-mps-csv/server';
import * as written from '../../native/vnm-mps-csv/vocabulary';
import type { ScenarioDate, ScenarioRecord } from '../../scenario/model';
import { createVnmAdapter } from '../adapter';
import * as read from '../vocabulary';
import { VNM } from './fixtures';

const scenario = vnmTestScenario();
const truth = scenario.records.filter((r) => r.jurisdiction === 'VNM');
const idOf = (r: ScenarioRecord) => `VNM:MPS:${r.localId}`;
let server: VnmNativeServer;
let adapter: ReturnType<typeof createVnmAdapter>;

beforeEach(async () => {
  server = await startVnmNativeSource({ scenario, jurisdiction: VNM, port: 0 });
  adapter = createVnmAdapter({ jurisdiction: VNM, baseUrl: server.origin, timeoutMs: 300 });
});
afterEach(() => server.close());

const isoOf = (d: ScenarioDate) => [String(d.year), d.month, d.day].filter((p) => p !== undefined).map((p) => String(p).padStart(2, '0')).join('-');
/** The local time the agency recorded, `HH:mm`, or null. */
const timeOf = (d: ScenarioDate) => (d.hour === undefined ? null : `${String(d.hour).padStart(2, '0')}:${String(d.minute ?? 0).padStart(2, '0')}`);
const requestsDuring = async <T>(work: () => Promise<T>): Promise<[T, string[]]> => {
  const before = server.requests.length;
  const result = await work();
  return [result, server.requests.slice(before).map((r) => r.path)];
};

async function allPages(): Promise<PersonRecord[]> {
  const records: PersonRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await adapter.fetchPage(cursor);
    for (const r of page.records) {
      if (r instanceof Error) throw r;
      records.push(r);
    }
    cursor = page.next;
  } while (cursor !== null);
  return records;
}

describe('VNM adapter against the simulated MPS file drop', () => {
  it('maps every exported record, agreeing with the ground truth', async () => {
    const records = await allPages();
    expect(records.map((r) => r.id)).toEqual(truth.map(idOf));
    records.forEach((record, i) => {
      const t = truth[i]!;
      expect(record).toMatchObject({ roles: t.roles, sex: t.sex, nationalities: t.nationalities, handling: { code: t.handling.code, releasableTo: t.handling.releasableTo } });
      expect(record.names[0]).toMatchObject({ family: t.name.family ?? null, given: [t.name.given, t.name.patronymic].filter(Boolean).join(' '), middle: t.name.middle ?? null });
      expect(record.dateOfBirth?.iso ?? null).toBe(t.birth && isoOf(t.birth));
      expect(record.documents.map((d) => [d.type, d.number, d.rawNumber, d.issuingCountry, d.status, d.expiry?.iso ?? null])).toEqual(
        t.documents.map((d) => [d.type, normaliseDocumentNumber(d.number), d.number, d.issuingCountry, d.status, d.expiry ? isoOf(d.expiry) : null]),
      );
      expect(record.identifiers.filter((id) => id.kind === 'PHONE').map((id) => id.value)).toEqual(t.phones.map((p) => toE164(p, 'VNM')));
      expect(record.identifiers.filter((id) => id.kind !== 'PHONE').map((id) => [id.kind, id.raw])).toEqual(t.otherIdentifiers.map((o) => [o.kind, o.value]));
      expect(record.events.map((e) => [e.type, e.when?.iso, e.when?.time ?? null, e.where?.country, e.where?.locality, e.where?.facility, e.operation, e.summary])).toEqual(
        t.events.map((e) => [e.type, isoOf(e.when), timeOf(e.when), e.country, e.locality, e.facility ?? null, e.operation ?? null, e.summary]),
      );
      expect(record.cases.map((c) => [c.reference, c.role, c.status, c.exploitationTypes, c.offences])).toEqual(
        t.cases.map((c) => [c.reference, c.role, c.status, c.exploitationTypes, c.offences]),
      );
      expect(Date.parse(record.updatedAt!)).toBe(Date.parse(t.updatedAt));
    });
  });

  it('keeps the Vietnamese name with its diacritics and romanises it', async () => {
    const [lan] = (await adapter.fetchByIds([idOf(VNM_RECORDS[0]!)])) as PersonRecord[];
    expect(lan!.names[0]).toMatchObject({ full: 'Nguyễn Thị Lan', romanised: 'Nguyen Thi Lan', family: 'Nguyễn', middle: 'Thị', given: 'Lan' });
  });

  it('downloads the export once, then answers each batch with one listing call', async () => {
    const ids = [...truth].reverse().map(idOf);
    const [slots, first] = await requestsDuring(() => adapter.fetchByIds(ids));
    expect(slots.map((s) => (s && !(s instanceof Error) ? s.id : s))).toEqual(ids);
    expect(first).toEqual(['/exports/', `/exports/${server.exports()[0]!.name}`]);
    const [, second] = await requestsDuring(() => adapter.fetchByIds(ids.slice(0, 2)));
    expect(second).toEqual(['/exports/']);
  });

  it('picks up a new export: changed records change, removed ones are gone', async () => {
    const [lan, zhang] = VNM_RECORDS;
    await adapter.fetchByIds([idOf(lan!)]);
    const entry = server.publishExport([{ ...zhang!, roles: ['SUSPECT', 'FACILITATOR'], updatedAt: '2024-10-06T01:00:00Z' }], { remove: [lan!.localId] });
    const [[gone, changed], calls] = await requestsDuring(() => adapter.fetchByIds([idOf(lan!), idOf(zhang!)]));
    expect(calls).toEqual(['/exports/', `/exports/${entry.name}`]);
    expect(gone).toBeNull();
    expect(changed).toMatchObject({ roles: ['SUSPECT', 'FACILITATOR'], updatedAt: '2024-10-06T01:00:00.000Z' });
  });

  it('fails on an export re-saved as Latin-1, without downloading it twice, until a good one is published', async () => {
    const rows = truth.map((r) => renderRow(r, VNM.timeZone));
    const latin1 = server.publishRawExport(Buffer.from(renderExport(rows).toString('utf8').slice(1), 'latin1'));
    await expect(adapter.fetchByIds([idOf(truth[0]!)])).rejects.toThrow(NativeSourceError);
    const [, calls] = await requestsDuring(() => adapter.fetchByIds([idOf(truth[0]!)]).catch(() => undefined));
    expect(calls).toEqual(['/exports/']);
    expect(server.exports().at(-1)!.name).toBe(latin1.name);
    server.publishExport([]);
    expect((await adapter.fetchByIds([idOf(truth[0]!)]))[0]).toMatchObject({ id: idOf(truth[0]!) });
  });

  it.each(['http-500', 'garbage'] as const)('turns the fault %s into a NativeSourceError', async (fault) => {
    server.setFault(fault);
    await expect(adapter.fetchByIds([idOf(truth[0]!)])).rejects.toBeInstanceOf(NativeSourceError);
    await expect(adapter.fetchPage(null)).rejects.toBeInstanceOf(NativeSourceError);
  });

  it('gives up on a drop that hangs, as a timeout', async () => {
    server.setFault('hang');
    await expect(adapter.fetchByIds([idOf(truth[0]!)])).rejects.toMatchObject({ name: 'NativeSourceError', timedOut: true });
  });
});

describe('the adapter reads every word the simulator writes', () => {
  const tables: [string, Record<string, string>, ReadonlyMap<string, string>][] = [
    ['roles', written.VAI_TRO, read.ROLES],
    ['event types', written.LOAI_SU_KIEN, read.EVENT_TYPES],
    ['document types', written.LOAI_GIAY_TO, read.DOCUMENT_TYPES],
    ['document statuses', written.TINH_TRANG_GIAY_TO, read.DOCUMENT_STATUSES],
    ['other identifiers', written.LOAI_DINH_DANH, read.OTHER_IDENTIFIERS],
    ['case statuses', written.TINH_TRANG_VU_AN, read.CASE_STATUSES],
    ['exploitation types', written.HINH_THUC_BOC_LOT, read.EXPLOITATION_TYPES],
  ];

  it.each(tables)('%s', (_what, words, meanings) => {
    for (const [ours, word] of Object.entries(words)) expect([ours, meanings.get(read.fold(word))]).toEqual([ours, ours]);
  });

  it('sexes (unknown is an empty cell)', () => {
    for (const [ours, word] of Object.entries(written.GIOI_TINH)) expect([ours, word ? read.SEXES.get(read.fold(word)) : 'UNKNOWN']).toEqual([ours, ours]);
  });

  it('offences, by article', () => {
    for (const [ours, citation] of Object.entries(written.TOI_DANH)) expect([ours, read.offenceOf('toi_danh', citation)]).toEqual([ours, ours]);
  });
});
