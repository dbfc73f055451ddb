import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';
import { readBody, BodyTooLarge } from './read-body';

export interface GraphQLHttpOptions<TContext extends BaseContext> {
  /** Largest request body accepted, in bytes. @default 1_000_000 */
  maxBodyBytes?: number;
  /** Builds the per-request context from the raw request and its parsed body. */
  context: ContextFunction<[{ req: IncomingMessage; body: unknown }], TContext>;
}

/**
 * GraphQL over HTTP for an Apollo Server on Node's own http server: the smallest adapter that lets
 * one process serve GraphQL next to its own routes (health, feeds, metrics) without a framework.
 */
export function graphqlHttpHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  { maxBodyBytes = 1_000_000, context }: GraphQLHttpOptions<TContext>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
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
}
