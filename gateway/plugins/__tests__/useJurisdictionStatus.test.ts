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

  it('ignores errors that name no jurisdiction', async () => {
    const data = await afterPlugin(statuses(), [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(data).toEqual(statuses());
  });
});
