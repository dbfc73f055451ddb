// The adapter reads every code the simulated PDRM / JIM system writes, as what the simulator meant.
import * as written from '../../native/mys-pdrm-sql/vocabulary';
import type { Offence } from '../../scenario/model';
import { offenceOf } from '../offences';
import * as read from '../vocabulary';

describe('the adapter reads every code the simulator writes', () => {
  const tables: [string, Record<string, string | null>, Readonly<Record<string, string>>][] = [
    ['roles', written.PERANAN, read.ROLES],
    ['sexes', written.JANTINA, read.SEXES],
    ['event types', written.JENIS_PERISTIWA, read.EVENT_TYPES],
    ['document types', written.JENIS_DOKUMEN, read.DOCUMENT_TYPES],
    ['document statuses', written.STATUS_DOKUMEN, read.DOCUMENT_STATUSES],
    ['other identifiers', written.JENIS_PENGENAL, read.OTHER_IDENTIFIERS],
    ['case statuses', written.STATUS_KES, read.CASE_STATUSES],
    ['forms of exploitation', written.BENTUK_EKSPLOITASI, read.EXPLOITATION_TYPES],
  ];

  it.each(tables)('%s', (_what, writes, reads) => {
    for (const [ours, native] of Object.entries(writes)) if (native !== null) expect([ours, read.decode('x', reads, native)]).toEqual([ours, ours]);
  });

  it.each(Object.keys(written.PERUNTUKAN) as Offence[])('offence %s, as PDRM and JIM cite it', (offence) => {
    expect(offenceOf('x', written.citation('PDRM', offence))).toBe(offence);
    expect(offenceOf('x', written.citation('JIM', offence))).toBe(offence);
  });
});
