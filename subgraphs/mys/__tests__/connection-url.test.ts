import { pdrmConnectionString } from '../connection-url';

describe('pdrmConnectionString', () => {
  const env = { DATABASE_URL: 'postgres://corridor:secret@db.internal:5432/corridor' };

  it('uses a postgres:// native URL as given, before DATABASE_URL', () => {
    expect(pdrmConnectionString('postgres://reader@pdrm.example:5432/rekod', env)).toBe('postgres://reader@pdrm.example:5432/rekod');
    expect(pdrmConnectionString('postgresql://reader@pdrm.example/rekod', env)).toBe('postgresql://reader@pdrm.example/rekod');
  });

  it('uses DATABASE_URL over the registry default', () => {
    expect(pdrmConnectionString('http://127.0.0.1:4304', env)).toBe(env.DATABASE_URL);
  });

  it('reads the registry default as the embedded source on that port', () => {
    expect(pdrmConnectionString('http://127.0.0.1:4304', {})).toBe('postgres://postgres@127.0.0.1:4304/postgres');
    expect(pdrmConnectionString('http://127.0.0.1:4304', { DATABASE_URL: '' })).toBe('postgres://postgres@127.0.0.1:4304/postgres');
  });

  it('refuses anything else, naming no credential', () => {
    expect(() => pdrmConnectionString('mysql://root:pw@host/db', {})).toThrow('the MYS native URL must be postgres://');
    expect(() => pdrmConnectionString('not a url', {})).toThrow('the MYS native URL is not a URL');
  });
});
