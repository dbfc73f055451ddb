import type { ScenarioRecord } from '../../scenario/model';
import { eventTime, indonesianDate, isoDate, wibTimestamp } from './dates';
import { nameFields } from './render-name';
import type { NativeSubject } from './subject';
import { ARTICLE, CONTACT_KIND, DOCUMENT_STATUS, EVENT_TYPE, FOREIGN_IRREGULAR_MIGRANT, ROLE, SEX, exploitationWord, stageWord } from './vocabulary';

/** A scenario record as the POLRI / Imigrasi system would publish it. Pure: same record, same JSON. */
export function renderSubject(record: ScenarioRecord): NativeSubject {
  const style = record.agency === 'IMIGRASI' ? 'IMIGRASI' : 'POLRI';
  const date = style === 'POLRI' ? indonesianDate : isoDate;
  const indonesian = record.nationalities.includes('IDN');
  const role = (r: ScenarioRecord['roles'][number]) => (r === 'IRREGULAR_MIGRANT' && !indonesian ? FOREIGN_IRREGULAR_MIGRANT : ROLE[r]);
  return {
    nomor_registrasi: record.localId,
    instansi: record.agency,
    ...nameFields(record.name, record.nationalities[0], record.agency),
    alias: [],
    jenis_kelamin: SEX[record.sex],
    tanggal_lahir: record.birth && date(record.birth),
    kewarganegaraan: [...record.nationalities],
    dokumen: record.documents.map((d) => ({
      jenis: d.type === 'PASSPORT' ? 'PASPOR' : d.issuingCountry === 'IDN' ? 'KTP' : 'KARTU IDENTITAS',
      nomor: d.number,
      negara_penerbit: d.issuingCountry,
      berlaku_sampai: d.expiry ? date(d.expiry) : null,
      status: DOCUMENT_STATUS[d.status],
    })),
    telepon: [...record.phones],
    kontak_lain: record.otherIdentifiers.map((i) => ({ jenis: CONTACT_KIND[i.kind], nilai: i.value })),
    peran: record.roles.map(role),
    peristiwa: record.events.map((e) => ({
      jenis: EVENT_TYPE[e.type],
      waktu: eventTime(e.when, style),
      negara: e.country,
      lokasi: e.locality || null,
      tempat: e.facility ?? null,
      kode_operasi: e.operation ?? null,
      uraian: e.summary,
    })),
    perkara: record.cases.map((c) => ({
      nomor_perkara: c.reference,
      peran: role(c.role),
      tahap: stageWord(c.status),
      eksploitasi: c.exploitationTypes.map(exploitationWord),
      pasal: c.offences.map((o) => ARTICLE[o]),
    })),
    kode_penanganan: record.handling.code,
    dapat_dibagikan_ke: [...record.handling.releasableTo],
    diperbarui: wibTimestamp(record.updatedAt),
  };
}
