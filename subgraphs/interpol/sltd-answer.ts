import { z } from 'zod';
import { countryField, toAlpha3 } from '../kit/mapping/countries';
import { parseIsoDate } from '../kit/mapping/dates';
import { normaliseDocumentNumber } from '../kit/mapping/documents';
import { MappingError } from '../kit/mapping/mapping-error';
import type { DocumentStatus } from '../kit/record/person-record';
import type { SltdQuery } from './native-api';
import { SLTD_STATUSES } from './vocabulary';

/**
 * `SltdCheck` of schema/jurisdictions/interpol.graphql. `reported: false` means SLTD held no report
 * of this number and issuing state when INTERPOL answered (`checkedAt`): not that the document is
 * genuine or valid, and only ever said after SLTD answered for this very document.
 */
export interface SltdCheck {
  reported: boolean;
  status: DocumentStatus | null;
  reportedBy: string | null;
  reportedAt: string | null;
  checkedAt: string;
}

const hitSchema = z.object({
  document_number: z.string(),
  issuing_country: z.string(),
  status: z.string(),
  reporting_country: z.string().nullish(),
  date_reported: z.string().nullish(),
});

const keyOf = (q: SltdQuery) => `${q.country}|${q.number}`;

/**
 * The SLTD query for a document as any jurisdiction records it (number and issuing country in
 * whatever form reached the gateway), or null when it cannot be checked: no issuing country, or a
 * number that is no document number.
 */
export function sltdQuery(doc: { number?: unknown; issuingCountry?: unknown }): SltdQuery | null {
  if (typeof doc.number !== 'string' || typeof doc.issuingCountry !== 'string') return null;
  const number = normaliseDocumentNumber(doc.number);
  const country = toAlpha3(doc.issuingCountry);
  return number && country && /^[A-Z]{3}$/.test(country) ? { number, country } : null;
}

function readHit(raw: z.output<typeof hitSchema>, checkedAt: string): SltdCheck {
  const status = SLTD_STATUSES.get(raw.status.trim().toUpperCase());
  if (!status) throw new MappingError('hits.status', raw.status, 'not an SLTD status');
  return {
    reported: true,
    status,
    reportedBy: raw.reporting_country ? countryField('hits.reporting_country', raw.reporting_country) : null,
    reportedAt: raw.date_reported ? parseIsoDate('hits.date_reported', raw.date_reported).iso : null,
    checkedAt,
  };
}

/**
 * One result per query, in order: the hit, "not reported", or an Error when the answer about that
 * document cannot be read. A hit that names no readable document could be about any query, so
 * while there is one, no query of the batch is declared not reported.
 */
export function readSltdAnswer(queries: readonly SltdQuery[], hits: readonly unknown[], checkedAt: string): (SltdCheck | Error)[] {
  const byKey = new Map<string, SltdCheck | Error>();
  let unidentified = 0;
  for (const raw of hits) {
    const parsed = hitSchema.safeParse(raw);
    const number = parsed.success ? normaliseDocumentNumber(parsed.data.document_number) : null;
    const country = parsed.success ? toAlpha3(parsed.data.issuing_country) : null;
    if (!parsed.success || !number || !country) {
      unidentified += 1;
      continue;
    }
    let result: SltdCheck | Error;
    try {
      result = readHit(parsed.data, checkedAt);
    } catch (error) {
      result = error as Error;
    }
    // Two reports of one document: the latest stands; one we cannot read makes the answer unreadable.
    const key = keyOf({ number, country });
    const before = byKey.get(key);
    const later = before && !(before instanceof Error) && !(result instanceof Error) && (before.reportedAt ?? '') > (result.reportedAt ?? '');
    if (before instanceof Error || later) continue;
    byKey.set(key, result);
  }
  const notReported: SltdCheck = { reported: false, status: null, reportedBy: null, reportedAt: null, checkedAt };
  const unreadable = () => new MappingError('hits', undefined, 'the source answered a hit without a readable document number or issuing state');
  return queries.map((q) => byKey.get(keyOf(q)) ?? (unidentified > 0 ? unreadable() : { ...notReported }));
}
