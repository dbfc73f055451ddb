// `npm run jurisdiction:new`: scaffold a country. `umf`: a row in long-tail.json (the generic
// adapter serves it). json / xml / csv: a registry row in jurisdictions.json, an adapter folder
// (adapter, mapping with FIELD_SOURCES, zod native record, nock unit tests) and a simulated native
// source, copied from ./template with the code filled in. sql: the same, with the files of
// ./template/sql in place of the HTTP ones (a `pg` client over the agency's tables, a simulated
// PostgreSQL database, tests against a real one). Everything is checked before anything is
// written: a refused scaffold writes nothing.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import countries from 'i18n-iso-countries';
import { LONG_TAIL, expandLongTail, parseRegistry } from '../../../schema/registry/registry';

export const FORMATS = ['umf', 'json', 'xml', 'csv', 'sql'] as const;
export type ScaffoldFormat = (typeof FORMATS)[number];

export interface ScaffoldOptions {
  code: string;
  format: string;
  /** Repository root to write into. @default this repository */
  root?: string;
  /** IANA time zone of the country's records. @default Etc/UTC (with a warning) */
  timeZone?: string;
  /** The agency whose records the subgraph serves. @default NCB */
  agency?: string;
}

export interface ScaffoldPlan {
  code: string;
  format: ScaffoldFormat;
  /** Repository-relative path → content; registry files included. */
  files: Map<string, string>;
  warnings: string[];
  /** What the integrator edits next. */
  next: string[];
}

/** A scaffold that cannot be made: the message says why; nothing was written. */
export class ScaffoldRefused extends Error {
  override name = 'ScaffoldRefused';
}

const REPO_ROOT = resolve(__dirname, '..', '..', '..');
const TEMPLATE = join(__dirname, 'template');

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The HTTP formats' codec / encoder, one per format: `codec-json.ts` is written as `codec.ts`. */
const PER_FORMAT = /^(codec|encode)-(json|xml|csv)\.ts$/;
/** Files of a format's own, which replace the shared ones of the same path (template/sql/adapter/…). */
const OVERLAYS: Partial<Record<ScaffoldFormat, string>> = { sql: 'sql' };

/**
 * The template files of one side (`adapter` or `native`) for a format, by target path: the shared
 * ones with the format's codec, then the format's own overlay, if any, replacing same-named files.
 */
function templateFiles(dir: 'adapter' | 'native', format: ScaffoldFormat): Map<string, string> {
  const files = new Map<string, string>();
  const add = (from: string) => {
    for (const source of listFiles(from)) {
      const base = relative(from, source).split(sep).join('/');
      const m = PER_FORMAT.exec(base);
      // Another format's codec is left out (all of them for sql, which brings its own transport).
      if (!m || m[2] === format) files.set(m ? `${m[1]}.ts` : base, source);
    }
  };
  add(join(TEMPLATE, dir));
  const overlay = OVERLAYS[format];
  if (overlay !== undefined) add(join(TEMPLATE, overlay, dir));
  return files;
}

/** Validate the code: three letters, an ISO 3166-1 alpha-3 country, not registered yet. */
function checkCode(raw: string, root: string, named: unknown[], longTail: { code: string }[]): string {
  if (!/^[A-Za-z]{3}$/.test(raw)) throw new ScaffoldRefused(`--code ${JSON.stringify(raw)} is malformed: an ISO 3166-1 alpha-3 country code is three letters, e.g. LAO`);
  const code = raw.toUpperCase();
  if (!countries.alpha3ToAlpha2(code)) throw new ScaffoldRefused(`--code ${code} is not an ISO 3166-1 alpha-3 country code`);
  const registered = [...named.map((j) => (j as { code: string }).code), ...longTail.map((r) => r.code)];
  if (registered.includes(code)) {
    const where = longTail.some((r) => r.code === code) ? 'schema/registry/long-tail.json' : 'schema/registry/jurisdictions.json';
    throw new ScaffoldRefused(`${code} is already registered (${where}); edit its row and adapter instead of scaffolding it again`);
  }
  if (existsSync(join(root, 'subgraphs', code.toLowerCase()))) throw new ScaffoldRefused(`subgraphs/${code.toLowerCase()}/ already exists; remove it or pick another code`);
  return code;
}

/** Work out every file of the scaffold, refusing (ScaffoldRefused) before anything is written. */
export function planScaffold(options: ScaffoldOptions): ScaffoldPlan {
  const root = resolve(options.root ?? REPO_ROOT);
  const registryDir = join(root, 'schema', 'registry');
  const read = (file: string) => readFileSync(join(registryDir, file), 'utf8');
  const named = JSON.parse(read('jurisdictions.json')) as Record<string, unknown>[];
  const longTailText = read('long-tail.json');
  const longTail = JSON.parse(longTailText) as { code: string; timeZone: string }[];
  const services = JSON.parse(read('services.json')) as unknown;

  const code = checkCode(options.code, root, named, longTail);
  if (!(FORMATS as readonly string[]).includes(options.format)) throw new ScaffoldRefused(`--format ${JSON.stringify(options.format)} is not one of ${FORMATS.join(', ')}`);
  const format = options.format as ScaffoldFormat;
  const warnings: string[] = [];
  const timeZone = options.timeZone ?? 'Etc/UTC';
  if (!isTimeZone(timeZone)) throw new ScaffoldRefused(`--time-zone ${JSON.stringify(timeZone)} is not an IANA time zone`);
  if (!options.timeZone) warnings.push(`no --time-zone given: ${code} uses Etc/UTC; set its IANA zone in the registry row before mapping local times`);
  const agency = (options.agency ?? 'NCB').toUpperCase();
  if (!/^[A-Z][A-Z0-9]{1,15}$/.test(agency)) throw new ScaffoldRefused(`--agency ${JSON.stringify(agency)} is not an agency code (capital letters and digits)`);

  const files = new Map<string, string>();
  const lower = code.toLowerCase();
  const name = countries.getName(code, 'en') ?? code;

  if (format === 'umf') {
    const row = JSON.stringify({ code, timeZone }).replace(',', ',');
    const updated = longTailText.replace(/\s*\]\s*$/, `,\n  ${row}\n]\n`);
    const rows = JSON.parse(updated) as unknown[];
    // The whole registry must still validate (duplicate ports, codes, prefixes).
    const port = LONG_TAIL.subgraphBase + rows.length - 1;
    if (port >= LONG_TAIL.nativeBase) throw new ScaffoldRefused('the long tail has run out of ports: raise LONG_TAIL bases in schema/registry/registry.ts');
    validate(named, rows, services);
    files.set('schema/registry/long-tail.json', updated);
    return {
      code,
      format,
      files,
      warnings,
      next: [
        `schema/registry/long-tail.json: ${code} appended (subgraph port ${port}, native port ${LONG_TAIL.nativeBase + rows.length - 1}); check its time zone`,
        `the generic UMF adapter (subgraphs/umf/) serves it: nothing else to write`,
        `npm run compose && npm run conformance -- --jurisdiction ${code}`,
      ],
    };
  }

  // Ports: the named adapters' pattern, 41xx for the subgraph and the same xx in 43xx for its native source.
  const expanded = [...named, ...expandLongTail(longTail)] as { subgraph: { port: number }; native: { port: number } }[];
  const used = new Set([...expanded.flatMap((j) => [j.subgraph.port, j.native.port]), 4099, 4100]);
  let subgraphPort = Math.max(...named.map((j) => (j as { subgraph: { port: number } }).subgraph.port).filter((p) => p > 4100 && p < 4200)) + 1;
  while (used.has(subgraphPort) || used.has(subgraphPort + 200)) subgraphPort += 1;
  if (subgraphPort >= 4200) throw new ScaffoldRefused('no free port left in 4101-4199 for a named adapter');
  const service = `${lower}-${agency.toLowerCase()}-${format}`;
  const row = {
    code,
    name,
    typePrefix: code[0] + lower.slice(1),
    timeZone,
    agencies: [agency],
    contact: `${agency}, ${name} (edit: the contact point for release requests)`,
    adapter: lower,
    subgraph: { port: subgraphPort, timeoutMs: 3000 },
    native: { service, format, port: subgraphPort + 200, pageSize: 200 },
  };
  validate([...named, row], longTail, services);
  files.set('schema/registry/jurisdictions.json', `${JSON.stringify([...named, row], null, 2)}\n`);

  for (const [dir, target] of [
    ['adapter', `subgraphs/${lower}`],
    ['native', `subgraphs/native/${service}`],
  ] as const) {
    if (existsSync(join(root, target))) throw new ScaffoldRefused(`${target}/ already exists; remove it or pick another code`);
    for (const [base, source] of templateFiles(dir, format)) {
      const targetPath = `${target}/${base}`;
      files.set(targetPath, render(readFileSync(source, 'utf8'), source, join(root, targetPath), root, { code, lower, service, agency, timeZone, format: format as string, lowerRoot: `subgraphs/${lower}`, serviceRoot: `subgraphs/native/${service}` }));
    }
  }
  for (const path of files.keys()) if (!path.startsWith('schema/') && existsSync(join(root, path))) throw new ScaffoldRefused(`${path} already exists`);
  return {
    code,
    format,
    files,
    warnings,
    next: [
      `schema/registry/jurisdictions.json: ${code} row (subgraph ${subgraphPort}, native ${subgraphPort + 200}); set timeZone, agencies, contact`,
      ...(format === 'sql'
        ? [
            `subgraphs/native/${service}/schema.sql + tables.ts + render.ts: the agency's own tables, and the scenario's records written into them`,
            `subgraphs/${lower}/queries.ts: the two statements (a batch of keys, a page) assembling one record a person from those tables`,
            `subgraphs/${lower}/native-record.ts: the record the queries assemble (zod)`,
            `subgraphs/${lower}/mapping.ts: vocabulary, dates, names; keep FIELD_SOURCES in step`,
            `subgraphs/${lower}/__tests__/fixtures.ts: replace the rows with real (synthetic) agency rows; the tests need PostgreSQL (DATABASE_URL)`,
          ]
        : [
            `subgraphs/${lower}/native-record.ts: the agency's record shape (zod)`,
            `subgraphs/${lower}/native-api.ts + codec.ts: the agency's routes, limits and ${format.toUpperCase()} body`,
            `subgraphs/${lower}/mapping.ts: vocabulary, dates, names; keep FIELD_SOURCES in step`,
            `subgraphs/${lower}/__tests__/adapter.test.ts: replace the fixtures with real (synthetic) agency answers`,
            `subgraphs/native/${service}/: the simulated agency system for the embedded default`,
          ]),
      `npx jest subgraphs/${lower} && npm run compose && npm run conformance -- --jurisdiction ${code}`,
      'docs/integrators.md says what each rule means',
    ],
  };
}

function validate(named: unknown[], longTail: unknown[], services: unknown): void {
  try {
    parseRegistry([...named, ...expandLongTail(longTail)], services);
  } catch (error) {
    throw new ScaffoldRefused(`the registry would not validate: ${(error as Error).message}`);
  }
}

interface Names {
  code: string;
  lower: string;
  service: string;
  agency: string;
  timeZone: string;
  format: string;
  lowerRoot: string;
  serviceRoot: string;
}

/** A template file for its target: relative imports re-pointed, the placeholder code filled in. */
function render(text: string, source: string, target: string, root: string, n: Names): string {
  const mapTemplatePath = (abs: string): string => {
    const rel = relative(TEMPLATE, abs);
    if (rel.startsWith('..')) return abs; // outside the template: the repository's own module
    const parts = rel.split(sep);
    // An overlay's files land beside the shared ones: template/sql/adapter/x is template/adapter/x.
    if (Object.values(OVERLAYS).includes(parts[0]!)) parts.shift();
    const [dir, ...rest] = parts;
    const file = rest.join('/').replace(/^(codec|encode)-(json|xml|csv)$/, '$1');
    return join(root, dir === 'adapter' ? n.lowerRoot : n.serviceRoot, file);
  };
  const repoPath = (abs: string) => (relative(TEMPLATE, abs).startsWith('..') ? join(root, relative(REPO_ROOT, abs)) : mapTemplatePath(abs));
  const out = text.replace(/(from |import\(|jest\.mock\()'(\.{1,2}\/[^']*)'/g, (_all, lead: string, spec: string) => {
    let rel = relative(dirname(target), repoPath(resolve(dirname(source), spec))).split(sep).join('/');
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `${lead}'${rel}'`;
  });
  return out
    .replace(/format: 'json'/g, `format: '${n.format}'`)
    .replace(/zzx-native/g, n.service)
    .replace(/'Etc\/UTC'/g, `'${n.timeZone}'`)
    .replace(/'NCB'/g, `'${n.agency}'`)
    .replace(/NCB:/g, `${n.agency}:`)
    .replace(/ZZX/g, n.code)
    .replace(/Zzx/g, n.code[0] + n.lower.slice(1))
    .replace(/zzx/g, n.lower);
}

/** Write a plan's files under `root`. */
export function writeScaffold(plan: ScaffoldPlan, root = REPO_ROOT): string[] {
  const written: string[] = [];
  for (const [path, content] of plan.files) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    written.push(path);
  }
  return written;
}
