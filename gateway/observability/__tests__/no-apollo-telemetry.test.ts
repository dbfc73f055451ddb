// The gateway never starts @apollo/gateway's report to Apollo, whatever the environment says.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { startGateway } from '../../gateway-server';
import { createLogger } from '../../../subgraphs/kit/log';
import { restoreEnvAfterEach } from '../../../tests/support/restore-env';

// Apollo's own modules: the gateway and the server call them through the module object, so a spy
// sees every call. Replaced by harmless stand-ins, so that a failing test sends nothing either.
/* eslint-disable @typescript-eslint/no-require-imports */
const apolloTelemetry = require('@apollo/gateway/dist/utilities/opentelemetry') as { createDataCollectionExporter: () => { shutdown(): Promise<void> } };
const usageReporting = require('@apollo/server/plugin/usageReporting') as { ApolloServerPluginUsageReporting: () => object };
const schemaReporting = require('@apollo/server/plugin/schemaReporting') as { ApolloServerPluginSchemaReporting: () => object };
/* eslint-enable @typescript-eslint/no-require-imports */
const APOLLO_ENV = ['APOLLO_TELEMETRY_DISABLED', 'APOLLO_KEY', 'APOLLO_GRAPH_REF', 'APOLLO_SCHEMA_REPORTING'] as const;

function supergraphFile(): string {
  const typeDefs = parse('extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) type Query { ping: String }');
  const composed = composeServices([{ name: 'ping', url: 'http://127.0.0.1:1/graphql', typeDefs }]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('; '));
  const path = join(mkdtempSync(join(tmpdir(), 'corridor-telemetry-')), 'supergraph.graphql');
  writeFileSync(path, composed.supergraphSdl);
  return path;
}

describe('reports to Apollo', () => {
  restoreEnvAfterEach(APOLLO_ENV);
  afterEach(() => jest.restoreAllMocks());

  it('are never started, even when the environment asks for them', async () => {
    Object.assign(process.env, { APOLLO_TELEMETRY_DISABLED: 'false', APOLLO_KEY: 'service:corridor:not-a-real-key', APOLLO_GRAPH_REF: 'corridor@test', APOLLO_SCHEMA_REPORTING: 'true' });
    const started = [
      jest.spyOn(apolloTelemetry, 'createDataCollectionExporter').mockImplementation(() => ({ shutdown: async () => {} })),
      jest.spyOn(usageReporting, 'ApolloServerPluginUsageReporting').mockImplementation(() => ({})),
      jest.spyOn(schemaReporting, 'ApolloServerPluginSchemaReporting').mockImplementation(() => ({})),
    ];
    const dir = supergraphFile();
    const gateway = await startGateway({ PORT: 0, HOST: '127.0.0.1', NODE_ENV: 'test', SUPERGRAPH_PATH: dir, MAX_BODY_BYTES: 100_000, AUDIT_SINK: 'file', AUDIT_FILE: join(dir, '..', 'audit.jsonl') }, createLogger('test', 'silent'));
    try {
      const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      // The gateway is up and answering (401: no token), and none of Apollo's reporters was built.
      expect(res.status).toBe(401);
      for (const spy of started) expect(spy).not.toHaveBeenCalled();
    } finally {
      await gateway.close();
    }
  });
});
