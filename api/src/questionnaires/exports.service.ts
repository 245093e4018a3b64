import { ConflictException, Injectable, StreamableFile } from '@nestjs/common';
import type { ResultsFilter } from '@inbreng/contracts';
import ExcelJS from 'exceljs';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../common/request-user';
import { RoundRepository } from '../rounds/round.repository';
import { buildExportTable, type Cell, type ExportTable } from './export-table';
import { renderResultsPdf } from './pdf-report';
import { ResultsRepository } from './results.repository';
import { ResultsService } from './results.service';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** Spreadsheet programs run cells starting with these as formulas; a leading quote keeps them text (CSV only). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Exports: CSV and XLSX (one row per response, plus a codebook) and a PDF summary with charts. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly results: ResultsService,
    private readonly rows: ResultsRepository,
    private readonly rounds: RoundRepository,
    private readonly audit: AuditService,
  ) {}

  async export(
    workspaceId: string,
    id: string,
    format: ExportFormat,
    f: ResultsFilter,
    actor: RequestUser,
  ): Promise<StreamableFile> {
    const scope = await this.results.scope(workspaceId, id, f);
    const q = scope.questionnaire;
    let body: Buffer;
    if (format === 'pdf') {
      const [results, round] = await Promise.all([
        this.results.forQuestionnaire(workspaceId, id, f),
        this.rounds.findInWorkspace(workspaceId, q.roundId),
      ]);
      body = await renderResultsPdf(
        {
          title: q.title,
          roundTitle: round?.title ?? '',
          filterText: describeFilter(f),
          generatedAt: new Date(),
        },
        results,
      );
    } else {
      // A filtered selection smaller than the minimum group size is refused, like in the results.
      if (
        (f.group || f.ageBand || f.wijk) &&
        (await this.rows.countRespondents(workspaceId, id, scope.filter)) < q.minGroupSize
      ) {
        throw new ConflictException(
          `Fewer than ${q.minGroupSize} respondents match this filter; export without it or widen it.`,
        );
      }
      const table = buildExportTable(
        scope.questions,
        await this.rows.exportResponses(workspaceId, id, scope.filter),
      );
      body = format === 'csv' ? await toCsv(table) : await toXlsx(table, q.title);
    }
    await this.audit.record({
      action: 'questionnaire.exported',
      subjectType: 'questionnaire',
      subjectId: id,
      workspaceId,
      actor,
      after: { format, filter: { ...f } },
    });
    return new StreamableFile(body, {
      type: CONTENT_TYPES[format],
      disposition: `attachment; filename="${fileName(q.title, format)}"`,
      length: body.length,
    });
  }
}

function describeFilter(f: ResultsFilter): string {
  const parts = [
    f.group ? `groep ${f.group}` : '',
    f.ageBand ? `leeftijd ${f.ageBand}` : '',
    f.wijk ? `wijk ${f.wijk}` : '',
    f.version ? `versie ${f.version}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'alle respondenten';
}

function fileName(title: string, format: ExportFormat): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'vragenlijst';
  return `${slug}-${new Date().toISOString().slice(0, 10)}.${format}`;
}

export async function toXlsx(table: ExportTable, title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Inbreng';
  wb.title = title;
  const data = wb.addWorksheet('Antwoorden', { views: [{ state: 'frozen', ySplit: 1 }] });
  data.addRow(table.columns.map((c) => c.name)).font = { bold: true };
  for (const row of table.rows) data.addRow(row);
  data.columns.forEach((column, i) => {
    column.width = Math.min(40, Math.max(10, (table.columns[i]?.name.length ?? 8) + 2));
  });
  const codebook = wb.addWorksheet('Codeboek', { views: [{ state: 'frozen', ySplit: 1 }] });
  codebook.addRow(['kolom', 'vraag_sleutel', 'vraag', 'type', 'waarden']).font = { bold: true };
  for (const c of table.columns)
    codebook.addRow([c.name, c.questionKey ?? '', c.question, c.type, c.meaning]);
  codebook.columns = [{ width: 28 }, { width: 16 }, { width: 60 }, { width: 16 }, { width: 80 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function toCsv(table: ExportTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Antwoorden');
  sheet.addRow(table.columns.map((c) => c.name));
  for (const row of table.rows) sheet.addRow(row.map(csvSafe));
  // A byte-order mark so spreadsheet programs read the Dutch characters as UTF-8.
  return Buffer.from(await wb.csv.writeBuffer({ formatterOptions: { writeBOM: true } }));
}

/** Empty string for no answer, so every line has every column. */
function csvSafe(cell: Cell): Cell {
  if (cell === null) return '';
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}
