type Env = Record<string, string | undefined>;

const POSTGRES = /^postgres(ql)?:$/;

/**
 * Which PostgreSQL holds the PDRM / JIM tables. In order:
 *
 * 1. `baseUrl`, when it is a `postgres://` URL: somebody said so explicitly (`NATIVE_URL_MYS`, or a
 *    test stack handing over its native source's `origin`).
 * 2. `DATABASE_URL`: the deployment's PostgreSQL. The native service loads the agency's schema
 *    there when it runs with the same variable, so both sides agree without further setting.
 * 3. `baseUrl` as the registry's default `http://<host>:<port>`: the embedded native source, which
 *    speaks PostgreSQL on that port (HTTP only for its health check). PGlite takes any user.
 */
export function pdrmConnectionString(baseUrl: string, env: Env = process.env): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error('the MYS native URL is not a URL');
  }
  if (POSTGRES.test(url.protocol)) return baseUrl;
  if (env.DATABASE_URL) return env.DATABASE_URL;
  if (url.protocol === 'http:' && url.port) return `postgres://postgres@${url.hostname}:${url.port}/postgres`;
  throw new Error('the MYS native URL must be postgres://…, or http://<host>:<port> of the embedded source');
}
