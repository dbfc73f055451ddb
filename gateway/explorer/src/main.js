// The Corridor schema explorer: GraphiQL with the explorer plugin, a bar to set the token and the
// purpose (X-Purpose) every request carries, Corridor's saved operations as tabs, and each field's
// access label in plain words. Plain JavaScript with createElement: no JSX step in the build.
// Workers come from the local build (setup-workers/vite), never from a CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './corridor.css';
import { createElement as h, createContext, useContext, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { EXPLORER_EXAMPLES, EXPLORER_DEFAULT_PURPOSE } from '../examples';
import { couldEverRead, decorateIntrospection } from '../field-access';

const GRAPHQL_PATH = '/graphql';
const TOKEN_KEY = 'corridor.token';
const PURPOSE_KEY = 'corridor.purpose';

/** The roles a token claims, read without verifying it (the gateway verifies; this only labels). */
function rolesOf(token) {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return Array.isArray(payload.roles) ? { roles: payload.roles, country: payload.country, agency: payload.agency } : null;
  } catch {
    return null;
  }
}

function makeFetcher(token, purpose, labels, roles) {
  return async (params, options) => {
    const headers = { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) };
    if (token) headers.authorization = `Bearer ${token}`;
    if (purpose) headers['x-purpose'] = purpose;
    const response = await fetch(GRAPHQL_PATH, { method: 'POST', headers, body: JSON.stringify(params), credentials: 'omit' });
    return decorateIntrospection(await response.json(), labels, roles);
  };
}

const Access = createContext({ labels: {}, roles: null });

function AccessPanel() {
  const { labels, roles } = useContext(Access);
  const entries = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b));
  return h('div', { className: 'corridor-access' },
    h('div', { className: 'graphiql-doc-explorer-title' }, 'Access labels'),
    h('p', null, roles
      ? `Fields marked ✗ can never be read by a requester with your roles (${roles.roles.join(', ')}); they stay in the schema so you can see what exists and why it is withheld.`
      : 'Set a token to see which fields your roles can reach.'),
    h('ul', null, ...entries.map(([coordinate, label]) => {
      const reach = roles ? (couldEverRead(label.policy, roles.roles) ? '✓' : '✗') : '';
      return h('li', { key: coordinate, 'data-coordinate': coordinate, className: reach === '✗' ? 'corridor-denied' : '' },
        h('code', null, coordinate), ` ${reach} `, h('span', null, label.words));
    })),
  );
}

const accessPlugin = {
  title: 'Access labels',
  // A padlock drawn inline (no icon font, no emoji font needed).
  icon: () => h('svg', { viewBox: '0 0 24 24', width: 20, height: 20, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': true },
    h('rect', { x: 5, y: 11, width: 14, height: 10, rx: 1.5 }),
    h('path', { d: 'M8 11V7a4 4 0 0 1 8 0v4' })),
  content: AccessPanel,
};

function TokenBar({ token, setToken, purpose, setPurpose, devTokens }) {
  const [country, setCountry] = useState('PHL');
  const [agency, setAgency] = useState('PNP');
  const [roles, setRoles] = useState('INVESTIGATOR');
  const [status, setStatus] = useState('');
  const who = token ? rolesOf(token) : null;
  const request = async () => {
    setStatus('requesting…');
    const response = await fetch('/explorer/dev-token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ country, agency, roles: roles.split(',').map((r) => r.trim()).filter(Boolean) }),
    });
    const body = await response.json().catch(() => ({}));
    if (response.ok && body.token) {
      setToken(body.token);
      setStatus('');
    } else setStatus(body.error ?? `refused (${response.status})`);
  };
  return h('form', { className: 'corridor-bar', onSubmit: (e) => e.preventDefault() },
    h('strong', null, 'Corridor'),
    h('label', null, 'Token ', h('input', { name: 'token', type: 'password', autoComplete: 'off', placeholder: 'paste a bearer token', value: token, onChange: (e) => setToken(e.target.value.trim().replace(/^Bearer\s+/i, '')) })),
    h('label', null, 'Purpose (X-Purpose) ', h('input', { name: 'purpose', placeholder: EXPLORER_DEFAULT_PURPOSE, value: purpose, onChange: (e) => setPurpose(e.target.value.trim()) })),
    devTokens && h('span', { className: 'corridor-dev' },
      'Development token: ',
      h('input', { name: 'country', size: 8, value: country, onChange: (e) => setCountry(e.target.value.toUpperCase()), 'aria-label': 'country' }),
      h('input', { name: 'agency', size: 8, value: agency, onChange: (e) => setAgency(e.target.value), 'aria-label': 'agency' }),
      h('input', { name: 'roles', size: 18, value: roles, onChange: (e) => setRoles(e.target.value.toUpperCase()), 'aria-label': 'roles' }),
      h('button', { type: 'button', name: 'dev-token', onClick: request }, 'Request')),
    h('span', { className: 'corridor-who', 'data-testid': 'who' }, who ? `${who.roles.join(', ')} · ${who.country} ${who.agency}` : 'no token', status && ` — ${status}`),
  );
}

function useSessionState(key, initial) {
  const [value, setValue] = useState(() => sessionStorage.getItem(key) ?? initial);
  useEffect(() => sessionStorage.setItem(key, value), [key, value]);
  return [value, setValue];
}

function App() {
  const [token, setToken] = useSessionState(TOKEN_KEY, '');
  const [purpose, setPurpose] = useSessionState(PURPOSE_KEY, EXPLORER_DEFAULT_PURPOSE);
  const [labels, setLabels] = useState({});
  const [devTokens, setDevTokens] = useState(false);
  useEffect(() => {
    fetch('/explorer/labels.json').then((r) => (r.ok ? r.json() : {})).then(setLabels, () => {});
    fetch('/explorer/settings.json').then((r) => (r.ok ? r.json() : {})).then((s) => setDevTokens(Boolean(s.devTokens)), () => {});
  }, []);
  const roles = useMemo(() => (token ? rolesOf(token) : null), [token]);
  // A new fetcher makes GraphiQL introspect again: the schema's notes follow the token.
  const fetcher = useMemo(() => makeFetcher(token, purpose, labels, roles?.roles ?? null), [token, purpose, labels, roles]);
  const plugins = useMemo(() => [explorerPlugin(), accessPlugin], []);
  return h(Access.Provider, { value: { labels, roles } },
    h('div', { className: 'corridor-page' },
      h(TokenBar, { token, setToken, purpose, setPurpose, devTokens }),
      h('div', { className: 'corridor-graphiql' },
        h(GraphiQL, {
          fetcher,
          plugins,
          defaultTabs: EXPLORER_EXAMPLES.map(({ query }) => ({ query })),
          defaultEditorToolsVisibility: false,
          shouldPersistHeaders: false,
        }))));
}

createRoot(document.getElementById('corridor-explorer')).render(h(App));
