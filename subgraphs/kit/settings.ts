import type { z } from 'zod';

/** Settings that are secrets themselves: named in an error, never echoed. */
const SECRET_NAME = /(_KEY|_SECRET|_PASSWORD|_TOKEN)$/;
/** The password of a URL's user part (`redis://:pw@host`, `postgres://user:pw@host/db`), valid URL or not. */
const URL_PASSWORD = /(\/\/[^/@\s]*?:)[^/@\s]*@/g;

/** A setting's value as an error may show it: secrets withheld, passwords in URLs masked. */
export function shownValue(name: string, value: string | undefined): string {
  if (value !== undefined && SECRET_NAME.test(name)) return '(withheld)';
  return JSON.stringify(typeof value === 'string' ? value.replace(URL_PASSWORD, '$1***@') : value);
}

/**
 * Read a process's settings once at start, validated and frozen. A bad value stops the start with
 * `invalid <what>: NAME=value: problem; …`, naming every bad setting and showing its value (for a
 * REDIS_URL or DATABASE_URL, with its password masked), so the operator sees what was read.
 */
export function parseSettings<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>, what: string): Readonly<z.output<S>> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const name = String(i.path[0] ?? '');
      return `${i.path.join('.')}=${shownValue(name, env[name])}: ${i.message}`;
    });
    throw new Error(`invalid ${what}: ${problems.join('; ')}`);
  }
  return Object.freeze(parsed.data) as Readonly<z.output<S>>;
}
