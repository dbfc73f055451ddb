import type { AuditSink } from '../audit-sink';
import { fileSink } from '../file-sink';
import { postgresSink } from '../postgres-sink';
import { readTrail, readTrailPage } from '../read-trail';
import { auditEvent, DATABASE_URL, dropSchema, randomSchema, tempFile } from './fixtures';

describe('readTrail', () => {
  let schema: string;
  let sink: AuditSink;
  beforeEach(async () => {
    schema = randomSchema();
    sink = postgresSink({ pool: DATABASE_URL, schema });
    await sink.append(auditEvent({ records: ['PHL:PNP:1'], fields: [{ path: 'trace.records.0.names', decision: 'ALLOWED' }] }));
    await sink.append(
      auditEvent({
        records: ['THA:RTP:9', 'PHL:PNP:2', 'INTERPOL:IPSG:D-1'],
        fields: [
          { path: 'trace.records.0.names', decision: 'ALLOWED', record: 'THA:RTP:9' },
          { path: 'trace.records.1.names', decision: 'DENIED', rule: 'PHL:H2', record: 'PHL:PNP:2' },
          { path: 'trace.records.2.notice', decision: 'ALLOWED', rule: 'INTERPOL:RED' },
        ],
      }),
    );
    await sink.append(auditEvent({ records: ['VNM:MPS:3'] }));
    await sink.append(auditEvent({ records: ['PHL:BI:4'] }));
  });
  afterEach(async () => {
    await sink.close();
    await dropSchema(schema);
  });

  it("gives a jurisdiction the entries of its own records, with only its own records in them", async () => {
    const trail = await readTrail(sink, 'PHL', 10);
    expect(trail.map((e) => e.seq)).toEqual([1, 2, 4]);
    expect(trail.map((e) => e.event.records)).toEqual([['PHL:PNP:1'], ['PHL:PNP:2'], ['PHL:BI:4']]);
  });

  it("shows a mixed answer's fields only where they are attributed to its own records", async () => {
    const [single, mixed] = await readTrail(sink, 'PHL', 10);
    expect(single!.event.fields).toEqual([{ path: 'trace.records.0.names', decision: 'ALLOWED' }]);
    expect(mixed!.event.fields).toEqual([{ path: 'trace.records.1.names', decision: 'DENIED', rule: 'PHL:H2', record: 'PHL:PNP:2' }]);
  });

  it('leaks nothing about the other countries of a mixed answer, hashes included', async () => {
    const [, mixed] = await readTrail(sink, 'PHL', 10);
    expect(Object.keys(mixed!)).toEqual(['seq', 'event']);
    expect(JSON.stringify(mixed)).not.toMatch(/THA|INTERPOL|VNM/);
    expect(JSON.stringify(await readTrail(sink, 'THA', 10))).not.toMatch(/PHL:|INTERPOL:/);
  });

  it('pages with a limit and a seq to start after', async () => {
    expect((await readTrail(sink, 'PHL', 2)).map((e) => e.seq)).toEqual([1, 2]);
    expect((await readTrail(sink, 'PHL', 2, 2)).map((e) => e.seq)).toEqual([4]);
    expect(await readTrail(sink, 'KHM', 10)).toEqual([]);
  });
});

describe('readTrailPage', () => {
  let sink: AuditSink;
  beforeEach(async () => {
    sink = fileSink({ path: tempFile() });
    // PHL's entries are seq 1, 3, 4 and 6; THA's 2 and 3.
    for (const records of [['PHL:PNP:1'], ['THA:RTP:2'], ['THA:RTP:3', 'PHL:PNP:3'], ['PHL:BI:4'], ['VNM:MPS:5'], ['PHL:PNP:6']]) {
      await sink.append(auditEvent({ records }));
    }
  });
  afterEach(() => sink.close());

  it('pages through the trail, with next null on the last page and not one empty page later', async () => {
    const first = await readTrailPage(sink, 'PHL', 2);
    expect(first).toMatchObject({ jurisdiction: 'PHL', next: 3 });
    expect(first.entries.map((e) => e.seq)).toEqual([1, 3]);
    const second = await readTrailPage(sink, 'PHL', 2, first.next!);
    expect(second.entries.map((e) => e.seq)).toEqual([4, 6]);
    expect(second.next).toBeNull();
    expect(await readTrailPage(sink, 'PHL', 2, 6)).toEqual({ jurisdiction: 'PHL', entries: [], next: null });
  });

  it('cuts each entry down to the jurisdiction, like readTrail', async () => {
    const { entries } = await readTrailPage(sink, 'THA', 10);
    expect(entries.map((e) => e.event.records)).toEqual([['THA:RTP:2'], ['THA:RTP:3']]);
  });

  it('refuses an empty page size', async () => {
    await expect(readTrailPage(sink, 'PHL', 0)).rejects.toThrow(RangeError);
  });
});
