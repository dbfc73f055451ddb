// `npm run eval:linking [-- --seed N --people N]`: precision and recall of the index's links on
// the scenario's labelled linking set. The last line is the JSON SPEC §8 fixes.
import { parseArgs } from 'node:util';
import { DEFAULT_LINKING_SEED, linkingSet } from '../../scenario/linking/labelled-set';
import { evaluateLinks, type LinkingEvaluation } from './evaluate-links';

/** Any key works: the evaluation compares keys made with one key, as the participants share one. */
const EVAL_KEY = 'corridor-linking-evaluation-key-0123456789';

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** The report: a table per hard case, then exactly one JSON line. */
export function report(e: LinkingEvaluation, seed: number): string {
  const lines = [
    `linking evaluation, seed ${seed}: ${e.records} records, ${e.truePairs} true pairs, ${e.pairs} pairs judged`,
    `predicted same person (YELLOW above 0.5): ${e.predicted}, of which right: ${e.truePositives}`,
    `RED by rule: ${e.red.flagged} (truly different people: ${e.red.differentPeople})`,
    '',
    'hard case            true pairs   found   recall   false links',
    ...Object.entries(e.byCase)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, t]) => `${c.padEnd(20)} ${String(t.truePairs).padStart(10)} ${String(t.found).padStart(7)} ${(t.truePairs ? (t.found / t.truePairs).toFixed(3) : '   -').padStart(8)} ${String(t.falseLinks).padStart(13)}`),
    '',
    JSON.stringify({ precision: round(e.precision), recall: round(e.recall), pairs: e.pairs }),
  ];
  return lines.join('\n');
}

function main(): void {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, people: { type: 'string' } } });
  const seed = values.seed ? Number(values.seed) : DEFAULT_LINKING_SEED;
  const people = values.people ? Number(values.people) : undefined;
  if (!Number.isInteger(seed) || (people !== undefined && (!Number.isInteger(people) || people < 1))) {
    process.stderr.write('usage: npm run eval:linking -- [--seed <integer>] [--people <count>]\n');
    process.exit(2);
  }
  const set = linkingSet(seed, { people });
  process.stdout.write(`${report(evaluateLinks(set.records, EVAL_KEY), seed)}\n`);
}

if (require.main === module) main();
