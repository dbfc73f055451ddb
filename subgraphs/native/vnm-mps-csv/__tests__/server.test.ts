import { parse } from 'csv-parse/sync';
import type { ScenarioRecord } from '../../../scenario/model';
import { COLUMNS } from '../columns';
import type { ExportEntry } from '../export-shelf';
import { startVnmNativeSource, type VnmNativeServer } from '../server';
import { VNM, VNM_RECORDS, vnmTestScenario } from './vnm-scenario';

const scenario = vnmTestScenario();
const vnmRecords = scenario.records.filter((r) => r.jurisdiction === 'VNM');
let server: VnmNativeServer;
let clock = Date.UTC(2024, 9, 4, 18, 30); // 01:30 on 5 October in Viet Nam

beforeEach(async () => {
  clock = Date.UTC(2024, 9, 4, 18, 30);
  server = await startVnmNativeSource({ scenario, jurisdiction: VNM, port: 0, now: () => new Date((clock += 60_000)) });
});
afterEach(() => server.close());

const listing = async () => ((await (await fetch(`${server.origin}/exports/`)).json()) as { exports: ExportEntry[] }).exports;
const download = async (name: string) => Buffer.from(await (await fetch(`${server.origin}/exports/${name}`)).arrayBuffer());
const rowsOf = (bytes: Buffer) => parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
const refsOf = (bytes: Buffer) => rowsOf(bytes).map((r) => r.so_ho_so);
const changed = (r: ScenarioRecord, patch: Partial<ScenarioRecord>): ScenarioRecord => ({ ...r, ...patch });

describe('simulated MPS file drop', () => {
  it('answers /healthz with the records it holds', async () => {
    const res = await fetch(`${server.origin}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok', records: vnmRecords.length, exports: 1 });
  });

  it('lists one export at start, named by local date and sequence, with its size and etag', async () => {
    const [entry, ...more] = await listing();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ name: 'ho_so_doi_tuong_20241005_0001.csv', records: vnmRecords.length, mtime: '2024-10-04T18:31:00.000Z' });
    const bytes = await download(entry!.name);
    expect(entry!.size).toBe(bytes.length);
    expect(entry!.etag).toMatch(/^"[0-9a-f]{32}"$/);
  });

  it('serves the export as UTF-8 CSV with a BOM, CRLF lines, the documented header and every VNM record', async () => {
    const [entry] = await listing();
    const res = await fetch(`${server.origin}/exports/${entry!.name}`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('etag')).toBe(entry!.etag);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.slice(1, text.indexOf('\r\n'))).toBe(COLUMNS.join(','));
    expect(refsOf(bytes)).toEqual(vnmRecords.map((r) => r.localId));
    expect(text).toContain('Nguyễn Thị Lan');
  });

  it('publishes a new export with records added, replaced in place and removed; the old one stays listed', async () => {
    const [first] = await listing();
    const [lan, zhang] = VNM_RECORDS;
    const added = changed(lan!, { localId: 'C03-2024-000999', personKey: 'vnm-test-new' });
    const entry = server.publishExport([changed(zhang!, { roles: ['SUSPECT', 'FACILITATOR'] }), added], { remove: [lan!.localId] });
    expect(entry.name).toBe('ho_so_doi_tuong_20241005_0002.csv');
    expect((await listing()).map((e) => e.name)).toEqual([first!.name, entry.name]);
    const rows = rowsOf(await download(entry.name));
    expect(rows.map((r) => r.so_ho_so)).toEqual([...vnmRecords.map((r) => r.localId).filter((id) => id !== lan!.localId), added.localId]);
    expect(rows.find((r) => r.so_ho_so === zhang!.localId)!.vai_tro).toBe('Nghi phạm;Người giúp sức');
    // The earlier export is a snapshot: it does not change.
    expect(refsOf(await download(first!.name))).toContain(lan!.localId);
    expect(server.exports().map((e) => e.name)).toEqual([first!.name, entry.name]);
  });

  it('keeps the five newest exports; an older one is gone (404)', async () => {
    const [first] = await listing();
    for (let i = 0; i < 5; i++) server.publishExport([]);
    const names = (await listing()).map((e) => e.name);
    expect(names).toHaveLength(5);
    expect(names).not.toContain(first!.name);
    expect((await fetch(`${server.origin}/exports/${first!.name}`)).status).toBe(404);
  });

  it('refuses a record of another jurisdiction and then publishes nothing', async () => {
    const phl = { ...VNM_RECORDS[0]!, jurisdiction: 'PHL' };
    expect(() => server.publishExport([VNM_RECORDS[1]!, phl])).toThrow(RangeError);
    expect(await listing()).toHaveLength(1);
  });

  it('drops raw bytes as the next export', async () => {
    const entry = server.publishRawExport(Buffer.from('so_ho_so,ho_ten\r\nX-1,Nguy\xean\r\n', 'latin1'));
    expect(entry).toMatchObject({ name: 'ho_so_doi_tuong_20241005_0002.csv', records: null });
    expect((await download(entry.name)).includes(0xea)).toBe(true);
  });

  it.each([
    ['an unknown file', '/exports/ho_so_doi_tuong_20000101_0001.csv', 404],
    ['a bad escape in the name', '/exports/%E0%A4%A', 400],
    ['a path outside the drop', '/etc/passwd', 404],
  ])('answers %s with an error', async (_what, path, status) => {
    expect((await fetch(`${server.origin}${path}`)).status).toBe(status);
  });

  it('redirects /exports to the listing and answers 405 to anything but GET', async () => {
    const res = await fetch(`${server.origin}/exports`, { redirect: 'manual' });
    expect([res.status, res.headers.get('location')]).toEqual([301, '/exports/']);
    expect((await fetch(`${server.origin}/exports/`, { method: 'POST' })).status).toBe(405);
  });

  it('records its requests and can be switched to fail', async () => {
    server.setFault('http-500');
    expect((await fetch(`${server.origin}/exports/`)).status).toBe(500);
    server.setFault('garbage');
    expect(await (await fetch(`${server.origin}/exports/`)).text()).toContain('not what you asked for');
    expect(server.requests.map((r) => r.path)).toEqual(['/exports/', '/exports/']);
  });
});
