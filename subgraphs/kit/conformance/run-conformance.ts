// The conformance suite against one jurisdiction's subgraph: ours started in-process from the
// registry, or a running deployment (`url`: an agency's own). Each check is a Finding; a check that
// cannot be made remotely says so ('not checkable remotely') rather than passing.
import { randomUUID } from 'node:crypto';
import { composeSupergraph, registrySubgraphs } from '../../../schema/compose/compose';
import { isCountry, loadRegistry, parseRegistry, subgraphName, type Jurisdiction, type Registry } from '../../../schema/registry/registry';
import { contextMasterKey } from '../context/context-key';
import { CONTEXT_HEADER } from '../context/requester-context';
import { createContextSigner } from '../context/sign-context';
import { createLogger } from '../log';
import type { NativeAdapter } from '../subgraph/native-adapter';
import { startCountrySubgraph } from '../subgraph/country-subgraph';
import { adapterFactory, nativeSourceStarter } from '../wiring/adapters';
import { generateScenario, recordsOf } from '../../scenario/generate';
import { fetchEntities, publishedIds, refusesUnsignedCalls, unmappedFields } from './check-subgraph';

export type Status = 'PASS' | 'FAIL' | 'NOT_CHECKABLE';

export interface CheckResult {
  check: string;
  status: Status;
  detail: string;
}

export interface ConformanceReport {
  jurisdiction: string;
  url: string;
  mode: 'in-process' | 'remote';
  results: CheckResult[];
  ok: boolean;
}

/** Fields a source may legitimately never fill for a whole jurisdiction (as tests/conformance.test.ts). */
const OPTIONAL_EVERYWHERE = ['identifiers'];
const OPTIONAL_FOR: Record<string, string[]> = { INTERPOL: ['events'] };
const BATCH = 50;

const pass = (check: string, detail: string): CheckResult => ({ check, status: 'PASS', detail });
const fail = (check: string, detail: string): CheckResult => ({ check, status: 'FAIL', detail });
const remoteOnly = (check: string, detail: string): CheckResult => ({ check, status: 'NOT_CHECKABLE', detail: `not checkable remotely: ${detail}` });

function registryWith(registry: Registry, j: Jurisdiction): Registry {
  // Operation figures need at least one country beside INTERPOL.
  const others = isCountry(j) ? [] : registry.jurisdictions.filter((x) => isCountry(x)).slice(0, 1);
  return parseRegistry([j, ...others], { index: registry.index, operations: registry.operations });
}

/** Is the URL a GraphQL endpoint of ours? A signed `_service { sdl }` answers the SDL. */
async function reach(url: string, j: Jurisdiction, master?: string): Promise<{ sdl: string } | { problem: string }> {
  const query = '{ _service { sdl } }';
  let res: Response;
  try {
    const token = createContextSigner(master ?? contextMasterKey())({ sub: 'corridor-conformance', country: j.code, agency: 'CONFORMANCE', roles: ['INTEGRATOR'], clearance: 0, purpose: null, requestId: randomUUID() }, subgraphName(j), query);
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: token }, body: JSON.stringify({ query }), signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    return { problem: `unreachable: ${(error as Error).name === 'TimeoutError' ? 'no answer in 10 s' : ((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message)}` };
  }
  const text = await res.text().catch(() => '');
  type Answer = { data?: { _service?: { sdl?: unknown } }; errors?: { message: string }[] } | null;
  let body: Answer;
  try {
    body = JSON.parse(text) as Answer;
  } catch {
    return { problem: `not a GraphQL endpoint: HTTP ${res.status}, ${res.headers.get('content-type') ?? 'no content type'}, body is not JSON` };
  }
  if (res.status === 401) return { problem: 'the subgraph refused our signed context (HTTP 401): is CONTEXT_KEY the deployment’s?' };
  const sdl = body?.data?._service?.sdl;
  if (typeof sdl !== 'string') return { problem: `not a federated GraphQL subgraph: HTTP ${res.status}, no _service.sdl${body?.errors?.[0] ? ` (${body.errors[0].message})` : ''}` };
  return { sdl };
}


export interface ConformanceOptions {
  jurisdiction: string;
  /** A running subgraph's GraphQL URL; without it the jurisdiction is started in-process. */
  url?: string;
  registry?: Registry;
  /** In-process only: wrap the registry's adapter (tests of the suite itself). */
  wrapAdapter?: (adapter: NativeAdapter) => NativeAdapter;
}

export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const registry = options.registry ?? loadRegistry();
  const j = registry.byCode(options.jurisdiction.toUpperCase());
  if (!j) throw new Error(`${options.jurisdiction} is not in the registry (schema/registry/): add its row first (npm run jurisdiction:new)`);
  const results: CheckResult[] = [];
  const stops: (() => Promise<void>)[] = [];
  let native: Awaited<ReturnType<ReturnType<typeof nativeSourceStarter>>> | undefined;
  let url = options.url;
  try {
    if (!url) {
      native = await nativeSourceStarter(j)({ scenario: generateScenario(), jurisdiction: j, port: 0 });
      stops.push(() => native!.close());
      const made = adapterFactory(j)({ jurisdiction: j, baseUrl: native.origin, timeoutMs: 10_000 });
      const adapter = options.wrapAdapter ? options.wrapAdapter(made) : made;
      const subgraph = await startCountrySubgraph({ adapter, port: 0, indexKey: process.env.INDEX_KEY ?? 'conformance-index-key-that-is-long-enough-0123', log: createLogger('conformance', 'silent') });
      stops.unshift(() => subgraph.close());
      url = `${subgraph.origin}/graphql`;
    }
    const reached = await reach(url, j);
    if ('problem' in reached) {
      results.push(fail('reachable GraphQL subgraph', reached.problem));
      return finish();
    }
    results.push(pass('reachable GraphQL subgraph', `answers _service at ${url}`));

    // Composes: the SDL it serves, with the registry's other subgraphs.
    try {
      const defs = registrySubgraphs(registryWith(registry, j)).map((d) => (d.name === subgraphName(j) ? { ...d, sdl: reached.sdl } : d));
      composeSupergraph(defs);
      results.push(pass('composes', 'its served SDL composes with the index and operations subgraphs'));
    } catch (error) {
      results.push(fail('composes', (error as Error).message.split('\n').slice(0, 5).join('; ')));
    }

    // Requester context: no context, or one signed with another key, is refused.
    const unsigned = await refusesUnsignedCalls(url).catch(() => false);
    const forged = await (async () => {
      const query = '{ _service { sdl } }';
      const token = createContextSigner('not-the-deployment-key-0123456789abcdef')({ sub: 'x', country: j.code, agency: 'X', roles: ['INVESTIGATOR'], clearance: 5, purpose: `${j.code}-1`, requestId: randomUUID() }, subgraphName(j), query);
      const res = await fetch(url!, { method: 'POST', headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: token }, body: JSON.stringify({ query }) });
      return res.status === 401;
    })().catch(() => false);
    results.push(unsigned && forged ? pass('requester context enforced', 'refuses calls without a signed context and with one signed by another key') : fail('requester context enforced', `${unsigned ? '' : 'answered a call without a signed context; '}${forged ? '' : 'answered a context signed with another key'}`));

    // Published records and bad native records.
    let ids: string[] = [];
    try {
      const published = await publishedIds(url);
      ids = published.ids;
      const held = native ? recordsOf(generateScenario(), j.code).length : undefined;
      if (held === undefined) {
        results.push(published.invalid === 0 ? pass('bad native records reported', `index feed: ${ids.length} published, 0 unmappable`) : fail('bad native records reported', `index feed counts ${published.invalid} native records it could not map`));
      } else if (ids.length + published.invalid !== held) {
        results.push(fail('bad native records reported', `the source holds ${held} records, the feed published ${ids.length} and reported ${published.invalid} unmappable: ${held - ids.length - published.invalid} went missing silently`));
      } else {
        results.push(published.invalid === 0 ? pass('bad native records reported', `all ${held} native records published, none unmappable`) : fail('bad native records reported', `${published.invalid} of ${held} native records could not be mapped (reported, not dropped)`));
      }
    } catch (error) {
      results.push(fail('bad native records reported', `index feed unreadable: ${(error as Error).message}`));
    }
    if (ids.length === 0) {
      results.push(fail('every shared field mapped', 'no published record to ask for'));
      results.push(native ? fail('batching (one native call per batch)', 'no published record to ask for') : remoteOnly('batching (one native call per batch)', 'only the native source can count its calls'));
      return finish();
    }

    // Batching: one native call for a batch of ids.
    const sample = ids.slice(0, BATCH);
    const before = native?.requests.length ?? 0;
    const first = await fetchEntities(url, j, sample);
    if (!native) results.push(remoteOnly('batching (one native call per batch)', 'only the native source can count its calls'));
    else if (j.native.format === 'sql') results.push({ check: 'batching (one native call per batch)', status: 'NOT_CHECKABLE', detail: 'a database source is queried on the wire protocol: its adapter tests count round trips' });
    else {
      const calls = native.requests.length - before;
      results.push(calls === 1 ? pass('batching (one native call per batch)', `${sample.length} records in 1 native call`) : fail('batching (one native call per batch)', `${sample.length} records took ${calls} native calls`));
    }

    // Every shared field mapped, over every published record.
    const records: Record<string, unknown>[] = [];
    const errors: string[] = [];
    for (const answer of [first, ...(await batchesAfter(url, j, ids))]) {
      for (const e of answer.body?.errors ?? []) errors.push(String(e.extensions?.code ?? e.message));
      records.push(...((answer.body?.data?._entities ?? []) as Record<string, unknown>[]).filter(Boolean));
    }
    const optional = new Set([...OPTIONAL_EVERYWHERE, ...(OPTIONAL_FOR[j.code] ?? [])]);
    const unmapped = unmappedFields(records).filter((f) => !optional.has(f));
    if (errors.length > 0) results.push(fail('every shared field mapped', `${errors.length} errors answering _entities (${[...new Set(errors)].slice(0, 3).join(', ')})`));
    else if (unmapped.length > 0) results.push(fail('every shared field mapped', `no record fills: ${unmapped.join(', ')}`));
    else results.push(pass('every shared field mapped', `${records.length} records; every shared field filled by at least one`));
    return finish();
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }

  function finish(): ConformanceReport {
    return { jurisdiction: j!.code, url: url ?? '', mode: options.url ? 'remote' : 'in-process', results, ok: results.every((r) => r.status !== 'FAIL') };
  }
}

async function batchesAfter(url: string, j: Jurisdiction, ids: string[]) {
  const out: Awaited<ReturnType<typeof fetchEntities>>[] = [];
  for (let i = BATCH; i < ids.length; i += BATCH * 10) out.push(await fetchEntities(url, j, ids.slice(i, i + BATCH * 10)));
  return out;
}

/** The report as plain text, one line a check. */
export function formatReport(report: ConformanceReport): string {
  const mark = { PASS: 'PASS', FAIL: 'FAIL', NOT_CHECKABLE: 'N/A ' } as const;
  return [
    `Conformance of ${report.jurisdiction} (${report.mode}, ${report.url || 'no URL'})`,
    ...report.results.map((r) => `  ${mark[r.status]}  ${r.check}: ${r.detail}`),
    report.ok ? 'Result: conforms' : `Result: FAILED (${report.results.filter((r) => r.status === 'FAIL').length} check(s))`,
  ].join('\n');
}
