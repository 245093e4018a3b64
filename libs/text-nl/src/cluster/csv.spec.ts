import { csvField, parseCsv, toCsv } from './csv';

describe('parseCsv', () => {
  it('handles a BOM, CRLF, quoted commas, quotes and newlines', () => {
    const text = '\ufeffid,text\r\n1,"hallo, wereld"\r\n2,"zei ""ja""\r\nen ging"\r\n';
    const { header, rows } = parseCsv(Buffer.from(text, 'utf8'));
    expect(header).toEqual(['id', 'text']);
    expect(rows).toEqual([
      { id: '1', text: 'hallo, wereld' },
      { id: '2', text: 'zei "ja"\r\nen ging' },
    ]);
  });

  it('reads LF files and short rows', () => {
    expect(parseCsv('a,b\n1\n2,3\n').rows).toEqual([
      { a: '1', b: '' },
      { a: '2', b: '3' },
    ]);
  });
});

describe('toCsv', () => {
  it('quotes only where RFC 4180 requires and round-trips', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    const out = toCsv(
      ['id', 'label'],
      [
        ['1', 'Wachtlijst, psycholoog'],
        ['2', 'regel\nnieuw'],
      ],
    );
    expect(out).toBe('id,label\r\n1,"Wachtlijst, psycholoog"\r\n2,"regel\nnieuw"\r\n');
    expect(parseCsv(out).rows[1]).toEqual({ id: '2', label: 'regel\nnieuw' });
  });
});
