import { detectPii, isValidBsn, isValidIban, redactPii, type PiiKind } from './pii';
import { piiTestCases } from '../testdata/pii.nl';

function kinds(text: string): PiiKind[] {
  return detectPii(text).map((m) => m.kind);
}

function values(text: string): string[] {
  return detectPii(text).map((m) => m.value);
}

describe('isValidBsn (11-test)', () => {
  it.each(['111222333', '123456782', '825294848', '1234.56.782', '123 456 782'])('accepts %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });

  it.each(['123456789', '111222334', '000000000', '12345678a', '1234567'])('rejects %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(false);
  });

  it('checks an 8-digit number as if it had a leading zero', () => {
    // 012345672: 9·0 + 8·1 + 7·2 + 6·3 + 5·4 + 4·5 + 3·6 + 2·7 − 2 = 110 = 10·11
    expect(isValidBsn('12345672')).toBe(true);
    expect(isValidBsn('12345678')).toBe(false);
  });
});

describe('isValidIban (mod-97)', () => {
  it.each([
    'NL91ABNA0417164300',
    'NL91 ABNA 0417 1643 00',
    'nl91abna0417164300',
    'BE68539007547034',
    'DE89370400440532013000',
  ])('accepts %s', (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it.each(['NL91ABNA0417164301', 'NL92ABNA0417164300', 'NL91ABNA041716430', 'XX00'])('rejects %s', (iban) => {
    expect(isValidIban(iban)).toBe(false);
  });
});

describe('detectPii', () => {
  it('finds e-mail addresses with exact offsets', () => {
    const text = 'Mail me op sanne.devries@gmail.com.';
    const [m] = detectPii(text);
    expect(m).toEqual({ kind: 'email', start: 11, end: 34, value: 'sanne.devries@gmail.com' });
    expect(text.slice(m?.start, m?.end)).toBe(m?.value);
  });

  it.each([
    '06-12345678',
    '06 1234 5678',
    '0612345678',
    '+31 6 12345678',
    '+31612345678',
    '0031 6 1234 5678',
    '+31 (0)6 12345678',
    '030-1234567',
    '020 123 4567',
    '(030) 123 45 67',
    '0346-123456',
    '06 12 34 56 78',
  ])('finds the phone number %s', (phone) => {
    expect(detectPii(`bel me op ${phone} vanavond`)).toEqual([
      { kind: 'phone', start: 10, end: 10 + phone.length, value: phone },
    ]);
  });

  it('does not treat service numbers, short numbers or dates as phone numbers', () => {
    expect(kinds('bel 0800-0113 of 112, de Kindertelefoon 0800-0432')).toEqual([]);
    expect(kinds('op 06-05-2024 om 14:00')).toEqual([]);
    expect(kinds('het kost 1234567890 euro')).toEqual([]);
  });

  it('postcodes: uppercase anywhere, lowercase only with context', () => {
    expect(values('onze postcode is 3511 AB')).toEqual(['3511 AB']);
    expect(values('ik woon in 3521AZ')).toEqual(['3521AZ']);
    expect(values('postcode 3581 kl')).toEqual(['3581 kl']);
    expect(values('oma woont in 3704 hg zeist')).toEqual(['3704 hg']);
    expect(kinds('in 2019 is het begonnen')).toEqual([]);
    expect(kinds('in 2019 ik was toen 12')).toEqual([]);
    expect(kinds('de scooter reed 45 km')).toEqual([]);
    expect(kinds('ik heb 1000 km gefietst')).toEqual([]);
    expect(kinds('letters SA/SD/SS worden niet uitgegeven: 1234 SS')).toEqual([]);
  });

  it('BSN: only numbers that pass the 11-test', () => {
    expect(values('mijn bsn is 123456782')).toEqual(['123456782']);
    expect(values('bsn 1234.56.782')).toEqual(['1234.56.782']);
    expect(kinds('mijn bsn is 123456789')).toEqual([]);
    expect(kinds('het kost € 123.456.782')).toEqual([]);
    expect(values('mijn bsn is 12345672')).toEqual(['12345672']);
    expect(kinds('bestelling 12345672')).toEqual([]);
  });

  it('IBAN: with or without spaces, validated with mod-97', () => {
    expect(values('maak het over naar NL91ABNA0417164300 aub')).toEqual(['NL91ABNA0417164300']);
    expect(values('rekening NL91 ABNA 0417 1643 00 tnv')).toEqual(['NL91 ABNA 0417 1643 00']);
    expect(kinds('rekening NL91ABNA0417164301')).toEqual([]);
    expect(kinds('rekening NL91ABNA04171643001')).toEqual([]);
  });

  it('addresses: street + house number with suffixes', () => {
    expect(values('ik woon op de Oudegracht 123')).toEqual(['Oudegracht 123']);
    expect(values('Kanaalstraat 12a is ons huis')).toEqual(['Kanaalstraat 12a']);
    expect(values('ik woon op de Amsterdamsestraatweg 45 bis')).toEqual(['Amsterdamsestraatweg 45 bis']);
    expect(values('ik woon op de kanaalstraat 8, tweede verdieping')).toEqual(['kanaalstraat 8']);
    expect(values('het is op de Jan Pieterszoon Coenstraat 5')).toEqual(['Jan Pieterszoon Coenstraat 5']);
    expect(values('aan de Van Asch van Wijckskade 3')).toEqual(['Van Asch van Wijckskade 3']);
    expect(values('ik woon op de Neude 11')).toEqual(['Neude 11']);
    expect(values('Vleutenseweg 88-2')).toEqual(['Vleutenseweg 88-2']);
  });

  it.each([
    'ik zit in groep 8',
    'mijn zoon zit in klas 3',
    'ik ben 15',
    'de training is om 12 uur',
    'lees pagina 4',
    'in de Kanaalstraat is het druk',
    'het Griftpark is 3 keer per jaar vol',
    'op het Vredenburgplein waren 200 mensen',
    'ik woon op 10 minuten van school',
    'ik ben onderweg 2 uur',
  ])('no address in: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('names introduced in the text', () => {
    expect(values('ik heet Sanne')).toEqual(['Sanne']);
    expect(values('mijn naam is mo')).toEqual(['mo']);
    expect(values('mijn zoon Daan en mijn dochter Fleur')).toEqual(['Daan', 'Fleur']);
    expect(values('mijn broer Youssef')).toEqual(['Youssef']);
    expect(values('mijn juf mevrouw de Vries')).toEqual(['de Vries']);
    expect(values('mijn mentor Jansen')).toEqual(['Jansen']);
    expect(values('mijn vriendin Lisa')).toEqual(['Lisa']);
    expect(values('onze buurtcoach Karin')).toEqual(['Karin']);
    expect(values('mijn naam is Sanne de Boer')).toEqual(['Sanne de Boer']);
    expect(values('Met vriendelijke groet, J.P. van Dijk')).toEqual(['J.P. van Dijk']);
  });

  it.each([
    'mijn zoon Heeft moeite met lezen',
    'mijn zoon is 12',
    'mijn dochter van 12',
    'mijn juf Engels',
    'mijn begeleider van Jeugdzorg',
    'ik heet je welkom',
    'mijn naam is niet belangrijk',
    'ik woon in Utrecht',
  ])('no name in: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('returns sorted, non-overlapping matches', () => {
    for (const { text } of piiTestCases) {
      const matches = detectPii(text);
      for (let i = 1; i < matches.length; i++) {
        const prev = matches[i - 1];
        const cur = matches[i];
        if (prev && cur) expect(cur.start).toBeGreaterThanOrEqual(prev.end);
      }
      for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.value);
    }
  });
});

describe('redactPii', () => {
  it('replaces every kind with its Dutch placeholder', () => {
    const text =
      'Ik heet Sanne, mail sanne@gmail.com of bel 06-12345678. Ik woon op de Oudegracht 123, 3511 AB Utrecht. ' +
      'BSN 123456782, IBAN NL91 ABNA 0417 1643 00.';
    expect(redactPii(text).text).toBe(
      'Ik heet [naam], mail [e-mailadres] of bel [telefoonnummer]. Ik woon op de [adres], [postcode] Utrecht. ' +
        'BSN [BSN], IBAN [IBAN].',
    );
  });

  it('returns the matches it replaced, with offsets into the original', () => {
    const text = 'mijn zoon Daan';
    const result = redactPii(text);
    expect(result).toEqual({
      text: 'mijn zoon [naam]',
      matches: [{ kind: 'name', start: 10, end: 14, value: 'Daan' }],
    });
  });

  it('leaves text without personal data unchanged', () => {
    const text = 'in de Kanaalstraat is het druk, groep 7 betaalt € 1234';
    expect(redactPii(text)).toEqual({ text, matches: [] });
  });
});
