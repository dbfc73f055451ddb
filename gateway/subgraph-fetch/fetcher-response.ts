import type { HttpAnswer } from '../../subgraphs/kit/http/http-call';

/**
 * What Apollo's RemoteGraphQLDataSource reads of a fetch Response (status, headers, body), over
 * an answer read with httpCall: the gateway calls its subgraphs without fetch (see http-call.ts).
 */
export function fetcherResponse(url: string, answer: HttpAnswer) {
  const header = (name: string): string | null => {
    const value = answer.headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  };
  return {
    url,
    status: answer.status,
    statusText: answer.statusText,
    ok: answer.ok,
    headers: { get: header, has: (name: string) => header(name) !== null },
    text: async () => answer.text,
    json: async (): Promise<unknown> => JSON.parse(answer.text),
  };
}
