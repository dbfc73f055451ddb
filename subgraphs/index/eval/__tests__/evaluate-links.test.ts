// `npm run eval:linking` on a small seed: the output contract (SPEC §8) and the targets of issue 5.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { linkingSet } from '../../../scenario/linking/labelled-set';
import { evaluateLinks } from '../evaluate-links';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..', '..');

describe('the linking evaluation', () => {
  it('ends with exactly one JSON line {precision, recall, pairs}, and meets precision ≥ 0.99 and recall ≥ 0.95', async () => {
    const { stdout } = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['subgraphs/index/eval/main.ts', '--seed', '3', '--people', '120'], { cwd: ROOT, timeout: 60_000 });
    const lines = stdout.trimEnd().split('\n');
    const last = JSON.parse(lines.at(-1)!) as Record<string, number>;
    expect(Object.keys(last)).toEqual(['precision', 'recall', 'pairs']);
    expect(lines.filter((l) => l.startsWith('{'))).toHaveLength(1);
    expect(last.precision).toBeGreaterThanOrEqual(0.99);
    expect(last.recall).toBeGreaterThanOrEqual(0.95);
    expect(last.pairs).toBeGreaterThan(500);
  }, 90_000);

  it('measures every hard case, and flags the stolen passports RED', () => {
    const e = evaluateLinks(linkingSet(3, { people: 120 }).records, 'evaluation-test-key-0123456789');
    for (const c of ['transliteration', 'swapped-order', 'document-typo', 'shared-phone', 'namesake', 'sibling', 'stolen-document', 'scenario']) {
      expect(e.byCase[c]?.truePairs ?? 0).toBeGreaterThan(0);
    }
    expect(e.byCase['shared-phone']!.falseLinks).toBe(0);
    expect(e.red.differentPeople).toBeGreaterThan(0);
  });
});
