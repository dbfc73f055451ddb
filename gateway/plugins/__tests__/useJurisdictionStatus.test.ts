import type { GraphQLFormattedError } from 'graphql';
import { useJurisdictionStatus } from '../useJurisdictionStatus';

/** Run the plugin's willSendResponse on a response body, as Apollo Server would. */
async function afterPlugin(data: Record<string, unknown>, errors: GraphQLFormattedError[]) {
  const response = { body: { kind: 'single' as const, singleResult: { data, errors } } };
  const hooks = await useJurisdictionStatus().requestDidStart!({} as never);
  await (hooks as { willSendResponse: (c: unknown) => Promise<void> }).willSendResponse({ response });
  return response.body.singleResult.data as { trace: { jurisdictions: Record<string, unknown>[] } };
}

const statuses = () => ({
  trace: {
    jurisdictions: [
      { code: 'PHL', status: 'ANSWERED', hits: 3, skipped: 0, detail: null },
      { code: 'THA', status: 'ANSWERED', hits: 2, skipped: 1, detail: null },
      { code: 'VNM', status: 'NO_HIT', hits: 0, skipped: 0, detail: null },
    ],
  },
});

describe('useJurisdictionStatus', () => {
  it('marks a jurisdiction that timed out or failed, and leaves the others', async () => {
    const data = await afterPlugin(statuses(), [
      { message: 'THA did not answer within 1500 ms', extensions: { code: 'JURISDICTION_TIMEOUT', jurisdiction: 'THA' } },
    ]);
    expect(data.trace.jurisdictions).toEqual([
      { code: 'PHL', status: 'ANSWERED', hits: 3, skipped: 0, detail: null },
      { code: 'THA', status: 'TIMED_OUT', hits: 2, skipped: 1, detail: 'THA did not answer within 1500 ms' },
      { code: 'VNM', status: 'NO_HIT', hits: 0, skipped: 0, detail: null },
    ]);
  });

  it('counts records answered with an error as skipped, with the reason, without failing the jurisdiction', async () => {
    const bad = { message: 'PHL: record PHL:PNP:1 could not be read: birth_date: no such day', extensions: { code: 'NATIVE_RECORD_INVALID', jurisdiction: 'PHL' } };
    const data = await afterPlugin(statuses(), [bad, { ...bad, message: 'PHL: record PHL:PNP:2 could not be read: sex: unknown code' }]);
    expect(data.trace.jurisdictions[0]).toEqual({
      code: 'PHL', status: 'ANSWERED', hits: 3, skipped: 2, detail: '2 record(s) could not be read: PHL: record PHL:PNP:1 could not be read: birth_date: no such day',
    });
  });

  it('marks WITHHELD when the owner withheld every hit, and says how many when only some', async () => {
    const withheld = (recordId: string, field: string) => ({
      message: `THA withheld ${field} of ${recordId}: H3; contact RTP`,
      extensions: { code: 'FORBIDDEN', release: 'WITHHELD', rule: 'originator:H3', jurisdiction: 'THA', recordId },
    });
    // Two errors for one record count once; PHL has one of three withheld.
    const data = await afterPlugin(statuses(), [
      withheld('THA:RTP:1', 'names'), withheld('THA:RTP:1', 'events'), withheld('THA:RTP:2', 'names'),
      { message: 'PHL withheld names of PHL:PNP:9: H0', extensions: { code: 'FORBIDDEN', release: 'WITHHELD', rule: 'originator:H0', jurisdiction: 'PHL', recordId: 'PHL:PNP:9' } },
      // A victim's identity withheld (PARTIAL) is not the record withheld.
      { message: 'PHL withheld names of PHL:PNP:8', extensions: { code: 'FORBIDDEN', release: 'PARTIAL', jurisdiction: 'PHL', recordId: 'PHL:PNP:8' } },
    ]);
    expect(data.trace.jurisdictions[1]).toMatchObject({ code: 'THA', status: 'WITHHELD', detail: '2 of 2 record(s) withheld by the owner: THA withheld names of THA:RTP:1: H3; contact RTP' });
    expect(data.trace.jurisdictions[0]).toMatchObject({ code: 'PHL', status: 'ANSWERED', detail: '1 of 3 record(s) withheld by the owner: PHL withheld names of PHL:PNP:9: H0' });
  });

  it('ignores errors that name no jurisdiction', async () => {
    const data = await afterPlugin(statuses(), [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(data).toEqual(statuses());
  });
});
