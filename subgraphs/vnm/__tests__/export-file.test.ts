import { NativeSourceError } from '../../kit/native/native-source-error';
import { decodeExport } from '../decode-export';
import { readSnapshot } from '../export-snapshot';
import { parseExport } from '../parse-export';
import { exportText, suspectRow, victimRow } from './fixtures';

const cellsOf = (text: string) => parseExport(text).lines.map((l) => (l.cells ? Object.fromEntries(l.cells) : null));

describe('decodeExport', () => {
  it('strips one UTF-8 byte-order mark and keeps the rest as it is', () => {
    expect(decodeExport(Buffer.from('\uFEFFso_ho_so,ho_ten\r\n', 'utf8'))).toBe('so_ho_so,ho_ten\r\n');
    expect(decodeExport(Buffer.from('Nguyễn', 'utf8'))).toBe('Nguyễn');
  });

  it('refuses Windows-1258 / Latin-1 bytes rather than guessing', () => {
    // "Nguyên" in Latin-1: ê is the single byte 0xEA, which starts no valid UTF-8 sequence here.
    expect(() => decodeExport(Buffer.from([0x4e, 0x67, 0x75, 0x79, 0xea, 0x6e]))).toThrow(NativeSourceError);
  });
});

describe('parseExport', () => {
  it('reads header names case- and space-insensitively, and lines by them', () => {
    const parsed = parseExport(' SO_HO_SO ,Ho_Ten\r\nC03-1,Lê Ba\r\n');
    expect(parsed.columns).toEqual(['so_ho_so', 'ho_ten']);
    expect(cellsOf(' SO_HO_SO ,Ho_Ten\r\nC03-1,Lê Ba\r\n')).toEqual([{ so_ho_so: 'C03-1', ho_ten: 'Lê Ba' }]);
  });

  it('reads LF files, quoted cells holding commas, quotes and line breaks, and skips blank and all-empty lines', () => {
    const text = 'so_ho_so,ho_ten,su_kien\n\nC03-1,"Lê ""Bé"" Ba","[{""tom_tat"":""a,\nb""}]"\n,,\n';
    expect(cellsOf(text)).toEqual([{ so_ho_so: 'C03-1', ho_ten: 'Lê "Bé" Ba', su_kien: '[{"tom_tat":"a,\nb"}]' }]);
  });

  it('marks a line with more or fewer fields than the header, and reads the others', () => {
    expect(cellsOf('so_ho_so,ho_ten\r\nC03-1,A,extra\r\nC03-2\r\nC03-3,C\r\n')).toEqual([null, null, { so_ho_so: 'C03-3', ho_ten: 'C' }]);
  });
});

describe('readSnapshot', () => {
  it('indexes lines by record number, counting lines it cannot identify', () => {
    const text = exportText([victimRow(), suspectRow(), victimRow(), suspectRow({ so_ho_so: '' })]);
    const snapshot = readSnapshot('x.csv', '"e"', Buffer.from(text, 'utf8'));
    expect(Object.fromEntries(snapshot.byRef)).toEqual({ 'C03-2024-000517': [0, 2], 'C03-2024-000530': [1] });
    expect(snapshot.unidentified).toBe(1);
  });
});
