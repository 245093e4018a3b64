import { composeReturnCodeMail, type ReturnCodeMailInput } from './return-code-mail';

const CODE = 'K7M3Q9TDHXVPW4A2HR';
const input = (over: Partial<ReturnCodeMailInput> = {}): ReturnCodeMailInput => ({
  returnCode: CODE,
  workspaceName: 'Kenniswerkplaats Jeugd Utrecht',
  roundTitle: 'Wat moet er beter in de jeugdhulp?',
  language: 'nl',
  publicBaseUrl: 'https://inbreng.example.org',
  ...over,
});

/** Every URL a mail reader could follow: hrefs in the HTML and http(s) addresses in either part. */
function urls(mail: { text: string; html: string }): string[] {
  const hrefs = [...mail.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
  const bare = [...`${mail.text}\n${mail.html}`.matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => m[0]);
  return [...hrefs, ...bare];
}

describe('the return-code e-mail', () => {
  it.each(['nl', 'en'] as const)(
    '(%s) shows the code grouped as on screen, and links to Mijn inbreng',
    (language) => {
      const mail = composeReturnCodeMail(input({ language }));
      for (const part of [mail.text, mail.html]) {
        expect(part).toContain('K7M-3Q9-TDH-XVP-W4A-2HR');
        expect(part).toContain('https://inbreng.example.org/mijn-inbreng');
        expect(part).toContain('Kenniswerkplaats Jeugd Utrecht');
        expect(part).toContain('Wat moet er beter in de jeugdhulp?');
      }
      expect(mail.html).toContain(`<html lang="${language}">`);
      expect(mail.html).toContain('<a href="https://inbreng.example.org/mijn-inbreng"');
    },
  );

  it.each(['nl', 'en'] as const)('(%s) never puts the code in a URL', (language) => {
    const mail = composeReturnCodeMail(input({ language, returnCode: 'k7m-3q9-tdh-xvp-w4a-2hr' }));
    const found = urls(mail);
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const url of found) {
      const flat = url.toUpperCase().replace(/[^A-Z0-9]/g, '');
      expect(flat).not.toContain(CODE);
      expect(flat).not.toContain('K7M3Q9');
    }
  });

  it('says in B1 Dutch what the code is for, to keep it safe, and what to do if you did not ask', () => {
    const { subject, text } = composeReturnCodeMail(input());
    expect(subject).toBe('Jouw code voor Wat moet er beter in de jeugdhulp?');
    expect(text).toMatch(/zien wat er met je inbreng is gebeurd/);
    expect(text).toMatch(/Meer insturen/);
    expect(text).toMatch(/downloaden of verwijderen/);
    expect(text).toMatch(
      /Bewaar deze mail goed\. Iedereen die deze code heeft, kan zien wat jij hebt ingestuurd/,
    );
    expect(text).toMatch(/Heb je hier niet om gevraagd\? Dan hoef je niets te doen/);
    expect(text).toMatch(/alleen om deze ene mail te sturen\. Daarna wissen we het/);
    // B1: no sentence longer than 20 words
    const sentences = text.split(/[.!?:\n]/).map((s) => s.trim().split(/\s+/).filter(Boolean).length);
    expect(Math.max(...sentences)).toBeLessThanOrEqual(20);
  });

  it('is written in English when asked', () => {
    const { subject, text, html } = composeReturnCodeMail(input({ language: 'en' }));
    expect(subject).toBe('Your code for Wat moet er beter in de jeugdhulp?');
    expect(text).toMatch(/Keep this e-mail safe\. Anyone who has this code can see what you sent/);
    expect(text).toMatch(/Did you not ask for this\?/);
    expect(`${text}${html}`).not.toMatch(/Bewaar|Groeten|inbreng is gebeurd/);
  });

  it('escapes staff-written titles in the HTML and keeps them on one line', () => {
    const mail = composeReturnCodeMail(
      input({ roundTitle: 'Ronde <script>alert(1)</script>\r\nBcc: x@y.z', workspaceName: 'A & "B"' }),
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('Ronde &lt;script&gt;alert(1)&lt;/script&gt; Bcc: x@y.z');
    expect(mail.html).toContain('A &amp; &quot;B&quot;');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).toContain('A & "B"');
  });

  it('has one link target with or without a trailing slash on the base URL', () => {
    const a = composeReturnCodeMail(input({ publicBaseUrl: 'http://localhost:3000/' }));
    expect(new Set(urls(a))).toEqual(new Set(['http://localhost:3000/mijn-inbreng']));
  });
});
