// `npm run -s token -- --country PHL --roles INVESTIGATOR --agency PNP`: a development token on
// stdout, alone, so `TOKEN=$(npm run -s token -- …)` works. Everything else goes to stderr.
import { parseArgs } from 'node:util';
import { loadRegistry } from '../../schema/registry/registry';
import { isDevelopment, loadDevIssuer } from './dev-issuer';
import { MAX_CLEARANCE, ROLES, requesterClaims } from './requester';
import { MAX_TOKEN_AGE_SEC } from './verify-token';

const USAGE = `usage: npm run -s token -- --country <CODE> --roles <ROLE[,ROLE…]> --agency <AGENCY>
                          [--sub <id>] [--clearance 0-${MAX_CLEARANCE}] [--ttl 8h]
  roles: ${ROLES.join(', ')}
  ttl:   <n>s, <n>m or <n>h, at most ${MAX_TOKEN_AGE_SEC / 3600}h (the gateway refuses older tokens)`;

class UsageError extends Error {}

function ttlSeconds(text: string): number {
  const match = /^(\d+)([smh])$/.exec(text);
  const seconds = match ? Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2] as 's' | 'm' | 'h'] : NaN;
  if (!(seconds > 0 && seconds <= MAX_TOKEN_AGE_SEC)) {
    throw new UsageError(`--ttl ${text}: expected <n>s, <n>m or <n>h, between 1s and ${MAX_TOKEN_AGE_SEC / 3600}h`);
  }
  return seconds;
}

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      country: { type: 'string' },
      roles: { type: 'string', multiple: true },
      agency: { type: 'string' },
      sub: { type: 'string' },
      clearance: { type: 'string', default: '0' },
      ttl: { type: 'string', default: '8h' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return undefined;
  const country = values.country?.toUpperCase();
  if (!country) throw new UsageError('--country is required');
  const jurisdiction = loadRegistry().byCode(country);
  if (!jurisdiction) throw new UsageError(`--country ${values.country}: not a jurisdiction of the registry`);
  if (!values.agency) throw new UsageError(`--agency is required (${country}: ${jurisdiction.agencies.join(', ')})`);
  const roles = (values.roles ?? []).flatMap((r) => r.split(',')).map((r) => r.trim().toUpperCase()).filter(Boolean);
  if (roles.length === 0) throw new UsageError('--roles is required');
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length > 0) throw new UsageError(`--roles: unknown role ${unknown.join(', ')}; expected ${ROLES.join(', ')}`);
  const clearance = /^\d+$/.test(values.clearance) ? Number(values.clearance) : NaN;
  const claims = requesterClaims.safeParse({
    sub: values.sub ?? `dev-officer-${country.toLowerCase()}`,
    country,
    agency: values.agency,
    roles,
    clearance,
  });
  if (!claims.success) {
    throw new UsageError(claims.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; '));
  }
  return { claims: claims.data, ttlSec: ttlSeconds(values.ttl) };
}

async function main(): Promise<number> {
  // The development issuer exists to make local work easy; it has no business near production.
  if (!isDevelopment(process.env.NODE_ENV)) {
    process.stderr.write(`token: refusing to sign a development token with NODE_ENV=${process.env.NODE_ENV}\n`);
    return 1;
  }
  let request: ReturnType<typeof parse>;
  try {
    request = parse(process.argv.slice(2));
  } catch (error) {
    // parseArgs throws TypeErrors (unknown option, missing value) with a readable message.
    if (!(error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS'))) throw error;
    process.stderr.write(`token: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!request) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const issuer = await loadDevIssuer();
  process.stdout.write(`${await issuer.sign(request.claims, { ttlSec: request.ttlSec })}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`token: ${error.message}\n`);
    process.exitCode = 1;
  },
);
