import type { QuestionnaireDefinition } from '@inbreng/contracts';
import { buildExportTable } from './export-table';
import { toCsv } from './exports.service';
import { mergeVersions } from './merge-versions';
import type { ExportResponseRow } from './results.repository';

const def: QuestionnaireDefinition = {
  sections: [
    {
      key: 's',
      title: 'Deel',
      questions: [
        { key: 'story', type: 'long_text', text: 'Vertel', required: false },
        {
          key: 'where',
          type: 'multiple_choice',
          text: 'Waar',
          required: false,
          options: [
            { key: 'gp', label: 'Huisarts' },
            { key: 'school', label: 'School' },
          ],
          allowOther: true,
        },
        {
          key: 'order',
          type: 'ranking',
          text: 'Volgorde',
          required: false,
          options: [
            { key: 'a', label: 'A' },
            { key: 'b', label: 'B' },
          ],
        },
      ],
    },
  ],
};
const questions = mergeVersions([{ id: 'v1', version: 1, definition: def }]);

function response(
  answers: ExportResponseRow['answers'],
  redacted: Record<string, string> = {},
): ExportResponseRow {
  return {
    id: 'r1',
    version: 1,
    group: 'parent',
    ageBand: null,
    wijk: null,
    submittedAt: new Date('2025-01-02T03:04:05Z'),
    answers,
    redacted,
  };
}

describe('buildExportTable', () => {
  it('names columns per question and option, with empty cells for questions not answered', () => {
    const table = buildExportTable(questions, [response({})]);
    expect(table.columns.map((c) => c.name)).toEqual([
      'response_id',
      'submitted_at',
      'version',
      'group',
      'age_band',
      'wijk',
      'story',
      'where.gp',
      'where.school',
      'where.other',
      'where.other_text',
      'order.a',
      'order.b',
    ]);
    expect(table.rows[0]).toEqual([
      'r1',
      '2025-01-02T03:04:05.000Z',
      1,
      'parent',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('gives 1/0 per option, ranks per item, and only ever the redacted texts', () => {
    const table = buildExportTable(questions, [
      response(
        {
          story: 'Bel 06-12345678',
          where: { options: ['school', 'other'], otherText: 'Mijn adres is Dorpsstraat 1' },
          order: ['b', 'a'],
        },
        { 'story:answer': 'Bel [telefoonnummer]', 'where:other': 'Mijn adres is [adres]' },
      ),
      // Without a redacted version the text is left empty rather than shown as typed.
      response({ story: 'Bel 06-12345678' }),
    ]);
    expect(table.rows[0]?.slice(6)).toEqual(['Bel [telefoonnummer]', 0, 1, 1, 'Mijn adres is [adres]', 2, 1]);
    expect(table.rows[1]?.slice(6, 7)).toEqual(['']);
    expect(JSON.stringify(table.rows)).not.toContain('12345678');
  });

  it('CSV keeps every column on every line and defuses formulas', async () => {
    const table = buildExportTable(questions, [
      response({ story: '=cmd()' }, { 'story:answer': '=HYPERLINK("x")' }),
      response({}),
    ]);
    const lines = (await toCsv(table))
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.split(',').length)).toEqual([13, 13, 13]);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
