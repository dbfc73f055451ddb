// The other peer: Hive Gateway's runtime (@graphql-hive/gateway-runtime, installed in bench/peers
// only) on the same supergraph file, defaults only but for the signed requester context.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { CONTEXT_HEADER, signForSubgraph } from './bench-requester';

const supergraphPath = process.env.SUPERGRAPH_PATH!;

/** Subgraph name by URL, from the supergraph's `join__Graph` enum: the name the context is signed for. */
function subgraphNames(sdl: string): Map<string, string> {
  return new Map([...sdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map((m) => [m[2]!, m[1]!]));
}

async function main(): Promise<void> {
  const names = subgraphNames(readFileSync(supergraphPath, 'utf8'));
  const runtime = createGatewayRuntime({
    supergraph: supergraphPath,
    logging: 'error',
    plugins: () => [
      {
        async onFetch({ url, options, setOptions }) {
          const subgraph = names.get(url);
          if (!subgraph || typeof options.body !== 'string') return;
          const { query } = JSON.parse(options.body) as { query?: string };
          const headers = new Headers(options.headers as HeadersInit);
          headers.set(CONTEXT_HEADER, signForSubgraph(subgraph, query ?? ''));
          setOptions({ ...options, headers: Object.fromEntries(headers) });
        },
      },
    ],
  });
  const server = createServer(runtime);
  server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(`hive gateway at http://127.0.0.1:${process.env.PORT}/graphql\n`));
  // The runtime installs signal handlers of its own: stop the server and dispose of the runtime here.
  process.on('SIGTERM', () => {
    server.close();
    void Promise.resolve(runtime.dispose()).then(() => process.exit(0));
  });
}

void main();
