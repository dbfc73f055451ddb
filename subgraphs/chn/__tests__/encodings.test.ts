// The MPS interface is JSON, but older exporters write GBK and Windows-side ones a byte order mark.
// Decision (decode-body.ts): honour a declared GBK / GB2312 / GB18030 charset; otherwise the body
// must be valid UTF-8, and bytes that are not fail the whole answer rather than being guessed at.
import nock from 'nock';
import { NativeSourceError } from '../../kit/native/native-source-error';
import type { PersonRecord } from '../../kit/record/person-record';
import { createChnAdapter } from '../adapter';
import { charsetOf } from '../decode-body';
import { QUERY_PATH, encodeGbk, nativeApi, ok, settings, suspectNative, victimNative } from './fixtures';

const VICTIM = 'CHN:MPS:R5301002024100012';
const adapter = createChnAdapter(settings);
const body = () => JSON.stringify(ok({ list: [victimNative()] }));
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const GB18030_BOM = Buffer.from([0x84, 0x31, 0x95, 0x33]);

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
afterEach(() => nock.cleanAll());

function answer(bytes: Buffer, contentType: string | null) {
  return nativeApi()
    .post(QUERY_PATH)
    .reply(200, bytes, contentType ? { 'content-type': contentType } : {});
}

async function victim(): Promise<PersonRecord> {
  const [slot] = await adapter.fetchByIds([VICTIM]);
  if (!slot || slot instanceof Error) throw new Error('expected the record');
  return slot;
}

describe('answers in other encodings than plain UTF-8', () => {
  it.each(['application/json; charset=GBK', 'application/json;charset=gb2312', 'application/json; charset="GB18030"'])(
    'reads GBK bytes declared as %s, Han text intact',
    async (contentType) => {
      answer(encodeGbk(body()), contentType);
      const r = await victim();
      expect(r.names[0]).toMatchObject({ full: '李娜', family: '李', given: '娜' });
      expect(r.events[2]?.where).toMatchObject({ locality: '妙瓦底', facility: 'KK园区' });
      expect(r.cases[0]?.offences).toEqual(['TRAFFICKING_IN_PERSONS', 'FRAUD']);
    },
  );

  it('reads a compound surname and full-width punctuation through GBK', async () => {
    nativeApi()
      .post(QUERY_PATH)
      .reply(200, encodeGbk(JSON.stringify(ok({ list: [suspectNative()] }))), { 'content-type': 'application/json; charset=GBK' });
    const [slot] = await adapter.fetchByIds(['CHN:MPS:R5301002024100031']);
    expect(slot).toMatchObject({ names: [{ full: '欧阳建国', romanised: 'OUYANG JIANGUO' }], cases: [{ offences: ['TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING'] }] });
  });

  it.each([
    ['declared UTF-8', 'application/json; charset=utf-8'],
    ['not declared at all', 'application/json'],
    ['with no content type', null],
  ])('fails the whole answer on GBK bytes %s, instead of serving mangled names', async (_what, contentType) => {
    answer(encodeGbk(body()), contentType);
    const error = await adapter.fetchByIds([VICTIM]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NativeSourceError);
    expect((error as Error).message).toMatch(/not valid/);
  });

  it.each([
    ['UTF-8 with its BOM', Buffer.concat([UTF8_BOM, Buffer.from(body())]), 'application/json;charset=UTF-8'],
    ['UTF-8 with a BOM and no charset', Buffer.concat([UTF8_BOM, Buffer.from(body())]), 'application/json'],
    ['GB18030 with its BOM', Buffer.concat([GB18030_BOM, encodeGbk(body())]), 'application/json; charset=GB18030'],
  ])('reads %s', async (_what, bytes, contentType) => {
    answer(bytes, contentType);
    expect((await victim()).names[0]?.full).toBe('李娜');
  });

  it.each(['application/json; charset=utf-16', 'application/json; charset=iso-8859-1', 'application/json; charset=big5'])(
    'refuses a charset it does not read: %s',
    async (contentType) => {
      answer(Buffer.from(body()), contentType);
      await expect(adapter.fetchByIds([VICTIM])).rejects.toBeInstanceOf(NativeSourceError);
    },
  );
});

describe('charsetOf', () => {
  it.each([
    ['application/json;charset=UTF-8', 'utf-8'],
    ['application/json; charset="GBK"', 'gbk'],
    ['application/json; Charset = gb2312', 'gb2312'],
    ['application/json', null],
    [null, null],
  ])('%s → %s', (header, expected) => expect(charsetOf(header)).toBe(expected));
});
