// A temporary copy of the repository tree (node_modules linked, .git left out), so a test can
// scaffold into it and run it without touching the working tree.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..');
const SKIP = new Set(['node_modules', '.git', 'docs', 'bench']);

export function copyRepo(): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'corridor-kit-'));
  cpSync(REPO, root, { recursive: true, filter: (src) => !(dirname(src) === REPO && SKIP.has(basename(src))) });
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
