import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, propagation, trace } from '@opentelemetry/api';
import type { Logger } from '../log';
import { readBody, BodyTooLarge } from './read-body';
import { REQUEST_ID_HEADER, requestIdOf, withAccessFields, type AccessFields } from './request-scope';

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  /** Largest request body accepted, in bytes. @default 1_000_000 */
  maxBodyBytes?: number;
  /** Builds the per-request context from the raw request and its parsed body. */
  context: ContextFunction<[{ req: IncomingMessage; body: unknown }], TContext>;
  /** Where one access-log line per request is written (`graphql request`). @default none */
  accessLog?: Logger;
  /** Names this server on its spans (`corridor.service`). @default 'graphql' */
  service?: string;
}

const tracer = trace.getTracer('corridor-http');

/**
 * GraphQL over HTTP for an Apollo Server on Node's own http server: the smallest adapter that lets
 * one process serve GraphQL next to its own routes (health, feeds, metrics) without a framework.
 *
 * Each request gets a request id (the caller's `x-request-id` when well-formed, which is how a
 * subgraph's lines join the gateway's), a server span continuing the caller's W3C `traceparent`,
 * and one access-log line written after the answer.
 */
export function graphqlHttpHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  { maxBodyBytes = 1_000_000, context, accessLog, service = 'graphql' }: GraphQLHttpOptions<TContext>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let body: unknown;
    try {
      const text = req.method === 'POST' ? await readBody(req, maxBodyBytes) : '';
      body = text && (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(text) : text;
    } catch (error) {
      const tooLarge = error instanceof BodyTooLarge;
      const message = tooLarge ? `request body over ${maxBodyBytes} bytes` : 'request body is not valid JSON';
      res.writeHead(tooLarge ? 413 : 400, { 'content-type': 'application/json', ...(tooLarge && { connection: 'close' }) });
      res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }));
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search: url.search, body },
      context: () => context({ req, body }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req, res) => {
    const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    // Written back into the request so every later reader (the gateway's context) sees the one id
    // that the log line, the answer and the subgraph calls carry.
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = process.hrtime.bigint();
    const fields: AccessFields = { requestId };
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    return tracer.startActiveSpan(`${req.method ?? 'GET'} /graphql`, { kind: SpanKind.SERVER, attributes: { 'corridor.service': service, 'corridor.request_id': requestId } }, parent, (span) =>
      withAccessFields(fields, async () => {
        let failed = false;
        try {
          await answer(req, res);
        } catch (error) {
          failed = true; // the router answers 500 unless the answer had begun
          throw error;
        } finally {
          const status = failed && !res.headersSent ? 500 : res.statusCode;
          span.setAttribute('http.response.status_code', status);
          if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
          accessLog?.info({ ...fields, status, durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000 }, 'graphql request');
        }
      }),
    );
  };
}
