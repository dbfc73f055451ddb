import { loadTrustedDocuments, sha256Hex } from '../trusted-documents';
import { tempFile } from './fixtures';

const TRACE = '{ trace { id } }';
const VERSION = '{ version }';
const manifest = (operations: unknown[]) => JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations });

describe('loadTrustedDocuments', () => {
  it('reads an Apollo persisted query manifest', () => {
    const file = tempFile('manifest.json', manifest([
      { id: sha256Hex(TRACE), name: 'Trace', type: 'query', body: TRACE },
      { id: sha256Hex(VERSION), name: 'Version', type: 'query', body: VERSION },
    ]));
    const documents = loadTrustedDocuments({ mode: 'require', file });
    expect(documents.mode).toBe('require');
    expect([...documents.byHash]).toEqual([[sha256Hex(TRACE), TRACE], [sha256Hex(VERSION), VERSION]]);
  });

  it('reads a plain map of sha256 to document (GraphQL Codegen, Relay)', () => {
    const file = tempFile('persisted-documents.json', JSON.stringify({ [sha256Hex(TRACE)]: TRACE }));
    expect(loadTrustedDocuments({ mode: 'allow', file }).byHash.get(sha256Hex(TRACE))).toBe(TRACE);
  });

  it('off needs no file', () => {
    expect(loadTrustedDocuments({ mode: 'off' }).byHash.size).toBe(0);
  });

  it.each([
    ['a missing file', () => '/nonexistent/trusted.json', /TRUSTED_DOCUMENTS_FILE="\/nonexistent\/trusted.json": cannot be read \(ENOENT\)/],
    ['a file that is not JSON', () => tempFile('t.json', '{ nope'), /TRUSTED_DOCUMENTS_FILE=".*t.json": is not JSON/],
    ['a manifest of another version', () => tempFile('t.json', JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 2, operations: [] })), /not an Apollo persisted query manifest at version/],
    ['a manifest entry without a body', () => tempFile('t.json', manifest([{ id: sha256Hex(TRACE) }])), /at operations\.0\.body/],
    ['a key that is not a sha256', () => tempFile('t.json', JSON.stringify({ Trace: TRACE })), /id "Trace" is not a sha256 in lowercase hex/],
    ['an id that is not the sha256 of its document', () => tempFile('t.json', JSON.stringify({ [sha256Hex(VERSION)]: TRACE })), new RegExp(`id ${sha256Hex(VERSION)} is not the sha256 of its document`)],
    ['a document that does not parse', () => tempFile('t.json', JSON.stringify({ [sha256Hex('{ trace {')]: '{ trace {' })), /does not parse: Syntax Error/],
    ['an empty list', () => tempFile('t.json', JSON.stringify({})), /lists no document/],
  ])('stops the start on %s, naming the variable and the value', (_what, file, message) => {
    expect(() => loadTrustedDocuments({ mode: 'require', file: file() })).toThrow(message);
    expect(() => loadTrustedDocuments({ mode: 'require', file: file() })).toThrow(/^invalid gateway configuration: TRUSTED_DOCUMENTS_FILE=/);
  });

  it('stops the start when the mode and the file disagree', () => {
    expect(() => loadTrustedDocuments({ mode: 'require' })).toThrow('invalid gateway configuration: TRUSTED_DOCUMENTS="require": needs TRUSTED_DOCUMENTS_FILE');
    expect(() => loadTrustedDocuments({ mode: 'allow' })).toThrow(/TRUSTED_DOCUMENTS="allow": needs TRUSTED_DOCUMENTS_FILE/);
    expect(() => loadTrustedDocuments({ mode: 'off', file: '/x.json' })).toThrow(/TRUSTED_DOCUMENTS="off": TRUSTED_DOCUMENTS_FILE is set; say allow or require/);
  });
});
