// The baseline: a plain @apollo/gateway on the same supergraph file, defaults only.
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { disableApolloTelemetry } from '../../gateway/observability/no-apollo-telemetry';
import { CONTEXT_HEADER, signForSubgraph } from './bench-requester';

// Default @apollo/gateway, fetcher and all, but for the signed requester context.
class SigningDataSource extends RemoteGraphQLDataSource {
  override async willSendRequest({ request }: Parameters<RemoteGraphQLDataSource['willSendRequest'] & object>[0]) {
    request.http?.headers.set(CONTEXT_HEADER, signForSubgraph(this.name, request.query ?? ''));
  }
  constructor(readonly name: string, url: string) {
    super({ url });
  }
}

async function main(): Promise<void> {
  // The one default changed: like ours, it must not probe for a cloud or report to Apollo.
  disableApolloTelemetry();
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
