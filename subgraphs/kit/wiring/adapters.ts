import { join } from 'node:path';
import type { Jurisdiction } from '../../../schema/registry/registry';
import type { NativeServer } from '../../native/native-server';
import type { Scenario } from '../../scenario/model';
import type { NativeAdapter } from '../subgraph/native-adapter';
import type { AdapterSettings } from '../subgraph/run-country';

/** What every simulated native source's `server.ts` takes. */
export interface NativeSourceOptions {
  scenario: Scenario;
  jurisdiction: Jurisdiction;
  port: number;
  host?: string;
  /** Added to every answer. @default 0 */
  latencyMs?: number;
}

export type AdapterFactory = (settings: AdapterSettings) => NativeAdapter;
export type NativeSourceStarter = (options: NativeSourceOptions) => Promise<NativeServer>;

const subgraphsDir = join(__dirname, '..', '..');

function exported<T>(file: string, name: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const value = (require(file) as Record<string, unknown>)[name];
  if (typeof value !== 'function') throw new Error(`${file} does not export ${name}()`);
  return value as T;
}

/**
 * A jurisdiction's adapter, by the registry's convention: `subgraphs/<adapter>/adapter.ts`
 * exports `createAdapter`. Adding a country is a folder and a registry row, no wiring elsewhere.
 */
export function adapterFactory(j: Jurisdiction): AdapterFactory {
  return exported(join(subgraphsDir, j.adapter, 'adapter'), 'createAdapter');
}

/** The simulated native source of the embedded default: `subgraphs/native/<service>/server.ts` exports `startNativeSource`. */
export function nativeSourceStarter(j: Jurisdiction): NativeSourceStarter {
  return exported(join(subgraphsDir, 'native', j.native.service, 'server'), 'startNativeSource');
}
