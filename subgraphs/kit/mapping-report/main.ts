// `npm run mapping:report [-- --jurisdiction PHL --jurisdiction THA] [--all] [--out docs/mapping]`
// Writes docs/mapping/<code>.md per jurisdiction and docs/mapping/README.md (the summary).
// Default: every named adapter and one long-tail country per adapter (--all: every jurisdiction).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadRegistry, type Jurisdiction } from '../../../schema/registry/registry';
import { adapterFactory, nativeSourceStarter } from '../wiring/adapters';
import { generateScenario } from '../../scenario/generate';
import { indexMarkdown, measure, readAll, toMarkdown, type MappingReport } from './mapping-report';

export async function reportOn(j: Jurisdiction): Promise<MappingReport> {
  const native = await nativeSourceStarter(j)({ scenario: generateScenario(), jurisdiction: j, port: 0 });
  try {
    const adapter = adapterFactory(j)({ jurisdiction: j, baseUrl: native.origin, timeoutMs: 30_000 });
    const { records, unmappable } = await readAll(adapter);
    return measure(j, records, unmappable);
  } finally {
    await native.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { jurisdiction: { type: 'string', multiple: true }, all: { type: 'boolean' }, out: { type: 'string' } }, strict: true });
  const registry = loadRegistry();
  const out = resolve(values.out ?? join(__dirname, '..', '..', '..', 'docs', 'mapping'));
  let chosen: Jurisdiction[];
  if (values.jurisdiction?.length) {
    chosen = values.jurisdiction.map((c) => {
      const j = registry.byCode(c.toUpperCase());
      if (!j) throw new Error(`${c} is not in the registry`);
      return j;
    });
  } else {
    const seen = new Set<string>();
    chosen = registry.jurisdictions.filter((j) => values.all || (!seen.has(j.adapter) && seen.add(j.adapter)));
  }
  mkdirSync(out, { recursive: true });
  const reports: MappingReport[] = [];
  for (const j of chosen) {
    const r = await reportOn(j);
    writeFileSync(join(out, `${j.code.toLowerCase()}.md`), toMarkdown(r, j));
    reports.push(r);
    process.stdout.write(`${j.code}: ${r.records} records, unmapped: ${r.unmapped.join(', ') || 'none'}${r.undeclared.length ? `, provenance not declared for ${r.undeclared.length} field(s)` : ''}\n`);
  }
  if (!values.jurisdiction?.length) writeFileSync(join(out, 'README.md'), indexMarkdown(reports));
  process.stdout.write(`written to ${out}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`mapping:report: ${error.message}\n`);
  process.exit(1);
});
