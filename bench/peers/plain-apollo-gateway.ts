// The baseline: a plain @apollo/gateway on the same supergraph file, defaults only.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { contextMasterKey } from '../../subgraphs/kit/context/context-key';
import type { RequesterContext } from '../../subgraphs/kit/context/requester-context';
import { CONTEXT_HEADER } from '../../subgraphs/kit/context/requester-context';
import { createContextSigner } from '../../subgraphs/kit/context/sign-context';

// Corridor's subgraphs answer only calls with a signed requester context, so the baseline signs
// one too: otherwise it is default @apollo/gateway, fetcher and all. The requester is the one the
// bench's token names (a PHL investigator with a case), so the owners' release rules release the
// same fields to it as to Corridor's gateways and every gateway fetches the same data.
const BENCH_REQUESTER: Omit<RequesterContext, 'requestId'> = { sub: 'test-officer', country: 'PHL', agency: 'PNP', roles: ['INVESTIGATOR'], clearance: 2, purpose: 'PHL-2024-0001' };
const sign = createContextSigner(contextMasterKey());
class SigningDataSource extends RemoteGraphQLDataSource {
  override async willSendRequest({ request }: Parameters<RemoteGraphQLDataSource['willSendRequest'] & object>[0]) {
    request.http?.headers.set(CONTEXT_HEADER, await sign({ ...BENCH_REQUESTER, requestId: randomUUID() }, this.name, request.query ?? ''));
  }
  constructor(readonly name: string, url: string) {
    super({ url });
  }
}
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

async function main(): Promise<void> {
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8'),
    buildService: ({ name, url }) => new SigningDataSource(name, url!),
  });
  const server = new ApolloServer({ gateway });
  const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: '127.0.0.1' } });
  process.stdout.write(`plain gateway at ${url}\n`);
  process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
}

void main();
