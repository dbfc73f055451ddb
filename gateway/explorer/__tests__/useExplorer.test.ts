import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen, type Listening } from '../../../subgraphs/kit/http/listen';
import { createLogger } from '../../../subgraphs/kit/log';
import { explorerOn } from '../../config/gateway-config';
import { loadExplorerBuild } from '../explorer-assets';
import { useExplorer } from '../useExplorer';

const log = createLogger('test', 'silent');
const graphql = (_req: unknown, res: { end(body: string): void }) => res.end('graphql');

async function serve(explorer: ReturnType<typeof useExplorer>): Promise<Listening> {
  return listen({ ...explorer.routes, '/graphql': explorer.page(graphql as never) }, 0);
}

describe('useExplorer', () => {
  it('answers 503 with how to build it when the explorer was not built, and never serves a dev token without the issuer', async () => {
    const explorer = useExplorer({ labels: () => new Map(), build: loadExplorerBuild(mkdtempSync(join(tmpdir(), 'no-explorer-'))), log });
    const server = await serve(explorer);
    try {
      const page = await fetch(`${server.origin}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('npm run explorer:build');
      expect(await (await fetch(`${server.origin}/graphql`, { headers: { accept: 'application/json' } })).text()).toBe('graphql');
      expect((await fetch(`${server.origin}/explorer/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(404);
      expect(await (await fetch(`${server.origin}/explorer/settings.json`)).json()).toEqual({ devTokens: false });
    } finally {
      await server.close();
    }
  });

  it('is on by default outside production, off in production unless EXPLORER=on', () => {
    expect(explorerOn({ NODE_ENV: 'development' })).toBe(true);
    expect(explorerOn({ NODE_ENV: 'test' })).toBe(true);
    expect(explorerOn({ NODE_ENV: 'production' })).toBe(false);
    expect(explorerOn({ NODE_ENV: 'production', EXPLORER: 'on' })).toBe(true);
    expect(explorerOn({ NODE_ENV: 'development', EXPLORER: 'off' })).toBe(false);
  });
});
