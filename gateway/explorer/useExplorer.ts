import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FieldLabel } from '../../schema/access/field-labels';
import { loadRegistry, type Registry } from '../../schema/registry/registry';
import { sendJson, type RouteHandler } from '../../subgraphs/kit/http/listen';
import type { Logger } from '../../subgraphs/kit/log';
import type { DevIssuer } from '../auth/dev-issuer';
import { devTokenRoute } from './dev-token-route';
import { EXPLORER_ASSET_PREFIX, EXPLORER_HEADERS, loadExplorerBuild, type ExplorerAsset, type ExplorerBuild } from './explorer-assets';
import { explorerLabels } from './field-access';

export interface ExplorerOptions {
  /** The field labels of the loaded supergraph, by `Type.field` (read on every request: they follow reloads). */
  labels: () => ReadonlyMap<string, FieldLabel>;
  /**
   * The development issuer, only when the gateway trusts it (development): enables
   * `POST /explorer/dev-token`. @default null (no development tokens)
   */
  devIssuer?: DevIssuer | null;
  /** @default loadRegistry() */
  registry?: Registry;
  /** @default loadExplorerBuild() (gateway/explorer/dist) */
  build?: ExplorerBuild;
  log: Logger;
}

export interface Explorer {
  /** Routes to add to the gateway's server: the assets, labels, settings and (development) tokens. */
  readonly routes: Record<string, RouteHandler>;
  /** Wraps the `/graphql` handler: a browser's GET (Accept: text/html) gets the explorer page. */
  page(graphql: RouteHandler): RouteHandler;
}

/** A browser navigating to the URL, not a GraphQL client: GraphQL over HTTP clients ask for JSON. */
function wantsPage(req: IncomingMessage): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && (req.headers.accept ?? '').includes('text/html');
}

function send(req: IncomingMessage, res: ServerResponse, asset: ExplorerAsset): void {
  res.writeHead(200, { ...asset.headers, 'content-length': String(asset.body.length) });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
}

/**
 * The self-hosted schema explorer (GraphiQL and its explorer plugin), served entirely by the
 * gateway: the page at `GET /graphql` for browsers, its built assets under `/explorer/assets/`,
 * the access labels at `/explorer/labels.json`. Off when `EXPLORER=off` (the default in production).
 */
export function useExplorer({ labels, devIssuer = null, registry = loadRegistry(), build = loadExplorerBuild(), log }: ExplorerOptions): Explorer {
  if (!build.page) log.warn('EXPLORER is on but the explorer is not built (npm run explorer:build); GET /graphql from a browser answers 503');
  const routes: Record<string, RouteHandler> = {
    [`${EXPLORER_ASSET_PREFIX}labels.json`]: (_req, res) => {
      // Labels are schema metadata, not data: the same for everyone, like the SDL itself.
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
      res.end(JSON.stringify(explorerLabels(labels().values())));
    },
    [`${EXPLORER_ASSET_PREFIX}settings.json`]: (_req, res) => sendJson(res, 200, { devTokens: devIssuer !== null }),
  };
  if (devIssuer) routes[`${EXPLORER_ASSET_PREFIX}dev-token`] = devTokenRoute({ issuer: devIssuer, registry });
  for (const [path, asset] of build.assets) routes[path] = (req, res) => send(req, res, asset);
  return {
    routes,
    page: (graphql) => (req, res, url) => {
      if (!wantsPage(req)) return graphql(req, res, url);
      if (!build.page) {
        res.writeHead(503, { ...EXPLORER_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
        res.end('The schema explorer is not built: run `npm run explorer:build` (npm ci does it), then restart the gateway.\n');
        return;
      }
      send(req, res, build.page);
    },
  };
}
