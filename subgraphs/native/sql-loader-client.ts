import { Client } from 'pg';

/**
 * One connection for loading a relational native source's tables, closed after `work`. Shared by
 * the MYS source and the sources scaffolded with `--format sql`.
 */
export async function withLoaderClient<T>(url: string, applicationName: string, work: (client: Client) => Promise<T>): Promise<T> {
  // Generous: a stack starting many sources at once in one process can hold the event loop for
  // seconds, and a connect timer that fires late wins over a connection that did succeed.
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 60_000, application_name: applicationName });
  client.on('error', () => undefined); // a dropped connection fails the awaited query instead
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
