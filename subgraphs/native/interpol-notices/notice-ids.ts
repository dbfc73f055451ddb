/**
 * Notice ids as the General Secretariat allocates them: `<year>/<5 digits>`, diffusions `D-…`.
 * Derived from a stable seed (not a counter) so that a notice keeps its id when the scenario grows
 * around it; a collision takes the next free number.
 */
export class NoticeIds {
  private readonly used = new Set<string>();

  next(kind: 'NOTICE' | 'DIFFUSION', year: number, seed: string): string {
    let n = 10_000 + (fnv1a(seed) % 90_000);
    const id = () => `${kind === 'DIFFUSION' ? 'D-' : ''}${year}/${n}`;
    while (this.used.has(id())) n = n === 99_999 ? 10_000 : n + 1;
    this.used.add(id());
    return id();
  }
}

/** 32-bit FNV-1a: a stable spread of the seed, identical on every run and platform. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}
