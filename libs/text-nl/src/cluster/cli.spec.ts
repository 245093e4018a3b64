import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { main, parseArgs } from './cli';
import { parseCsv } from './csv';

const dir = mkdtempSync(join(tmpdir(), 'cluster-cli-'));
const input = join(dir, 'in.csv');
writeFileSync(
  input,
  '\ufeffnr,kop,tekst\r\n' +
    [
      '1,Wachtlijst,"Ik sta al maanden op de wachtlijst voor een psycholoog"',
      '2,Wachten,"De wachtlijst bij de psycholoog is te lang, maanden wachten"',
      '3,Psycholoog,"Waarom zo lang wachten op een psycholoog? Die wachtlijst!"',
      '4,Voetbal,"Voetbal bij de club is te duur, de contributie is hoog"',
      '5,Sport,"Gratis sporten, want de contributie van de club is te duur"',
      '6,Club,"Mijn dochter wil op voetbal maar de club vraagt veel contributie"',
    ].join('\r\n') +
    '\r\n',
);

function captureStderr(run: () => number): { code: number; stderr: string } {
  const original = process.stderr.write.bind(process.stderr);
  let stderr = '';
  process.stderr.write = ((chunk: string) => {
    stderr += chunk;
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: run(), stderr };
  } finally {
    process.stderr.write = original;
  }
}

describe('cluster CLI', () => {
  it('writes id,cluster,label,score rows with the primary theme first', () => {
    const out = join(dir, 'out.csv');
    const { code } = captureStderr(() =>
      main(['--input', input, '--text', 'kop+tekst', '--id', 'nr', '--k', '2', '--out', out]),
    );
    expect(code).toBe(0);
    const { header, rows } = parseCsv(readFileSync(out));
    expect(header).toEqual(['id', 'cluster', 'label', 'score']);
    const firstRows = new Map<string, string>();
    for (const r of rows) if (!firstRows.has(r['id']!)) firstRows.set(r['id']!, r['cluster']!);
    expect([...firstRows.keys()]).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(firstRows.get('1')).toBe(firstRows.get('2'));
    expect(firstRows.get('1')).not.toBe(firstRows.get('4'));
    expect(
      rows.every((r) => Number(r['score']) >= 0 && Number(r['score']) <= 1 && r['label']!.length > 0),
    ).toBe(true);
  });

  it.each([
    [
      ['--input', join(dir, 'missing.csv'), '--text', 'tekst', '--id', 'nr', '--out', join(dir, 'x.csv')],
      /cannot read input file/,
    ],
    [
      ['--input', input, '--text', 'body', '--id', 'nr', '--out', join(dir, 'x.csv')],
      /column "body" not found/,
    ],
    [
      ['--input', input, '--text', 'tekst+nope', '--id', 'nr', '--out', join(dir, 'x.csv')],
      /column "nope" not found/,
    ],
    [
      ['--input', input, '--text', 'tekst', '--id', 'nr', '--k', '0', '--out', join(dir, 'x.csv')],
      /--k must be a whole number/,
    ],
    [
      ['--input', input, '--text', 'tekst', '--id', 'nr', '--k', 'abc', '--out', join(dir, 'x.csv')],
      /--k must be a whole number/,
    ],
    [
      ['--input', input, '--text', 'tekst', '--id', 'nr', '--lang', 'de', '--out', join(dir, 'x.csv')],
      /--lang must be nl or en/,
    ],
    [['--input', input, '--text', 'tekst', '--id', 'nr'], /--out is required/],
    [
      ['--input', input, '--text', 'tekst', '--id', 'nr', '--out', join(dir, 'x.csv'), '--bogus', '1'],
      /unknown option --bogus/,
    ],
  ])('fails with exit code 1 and a clear message: %#', (argv, message) => {
    const { code, stderr } = captureStderr(() => main(argv));
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Usage:/);
  });

  it('parses --text a+b and the defaults', () => {
    expect(
      parseArgs(['--input', 'a.csv', '--text', 'title+question', '--id', 'id', '--out', 'o.csv']),
    ).toMatchObject({
      text: ['title', 'question'],
      lang: 'nl',
      k: undefined,
      seed: 42,
      maxLabels: 2,
    });
  });

  it('exits with status 1 as a real process when the file is missing', () => {
    const root = resolve(__dirname, '../../../..');
    const r = spawnSync(
      process.execPath,
      [
        '-r',
        'ts-node/register',
        resolve(__dirname, 'cli.ts'),
        '--input',
        join(dir, 'nope.csv'),
        '--text',
        't',
        '--id',
        'i',
        '--out',
        join(dir, 'o.csv'),
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          TS_NODE_PROJECT: join(root, 'api/tsconfig.json'),
          TS_NODE_TRANSPILE_ONLY: '1',
        },
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read input file/);
  }, 30000);
});
