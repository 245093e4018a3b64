import { writeToBuffer } from '@fast-csv/format';
import type { PublicAgendaResponse, PriorityGroup } from '@inbreng/contracts';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { RoundDataset } from './publication.repository';

type Dataset = RoundDataset & { agenda: PublicAgendaResponse };

const GROUP_LABEL: Record<PriorityGroup, string> = {
  youth: 'Jongeren',
  parent: 'Ouders/opvoeders',
  professional: 'Professionals',
  policy_research_education: 'Beleid, onderzoek, onderwijs',
};

/** One row per approved submission with the themes and research questions it fed (lineage flattened). */
function submissionRows(d: Dataset) {
  const themeNames = new Map(d.themes.map((t) => [t.id, t.name]));
  const themesOf = new Map<string, string[]>();
  for (const l of d.submissionThemes)
    themesOf.set(l.submissionId, [...(themesOf.get(l.submissionId) ?? []), l.themeId]);
  const questionsOfTheme = new Map<string, string[]>();
  for (const l of d.questionThemes)
    questionsOfTheme.set(l.themeId, [...(questionsOfTheme.get(l.themeId) ?? []), l.researchQuestionId]);
  const rankOf = new Map(d.agenda.items.map((i) => [i.researchQuestionId, i.rank]));
  return d.submissions.map((s) => {
    const themes = themesOf.get(s.id) ?? [];
    const questions = [...new Set(themes.flatMap((t) => questionsOfTheme.get(t) ?? []))];
    return {
      submission_id: s.id,
      submitted_on: s.submittedOn,
      group: s.group,
      knowledge_type: s.knowledgeType,
      kind: s.kind,
      life_domains: s.lifeDomains.join('; '),
      input_line: s.inputLine ?? '',
      text_redacted: s.text,
      themes: themes.map((t) => themeNames.get(t) ?? t).join('; '),
      research_question_ids: questions.join('; '),
      best_rank: questions.length ? Math.min(...questions.map((q) => rankOf.get(q) ?? Infinity)) : '',
    };
  });
}

export function datasetCsv(d: Dataset): Promise<Buffer> {
  const rows = submissionRows(d).map((r) => ({
    ...r,
    best_rank: r.best_rank === Infinity ? '' : r.best_rank,
  }));
  return writeToBuffer(rows, { headers: true, writeBOM: true });
}

export async function datasetXlsx(d: Dataset): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Inbreng';
  const add = (name: string, rows: Record<string, unknown>[]) => {
    const ws = wb.addWorksheet(name);
    const first = rows[0];
    if (!first) return;
    ws.columns = Object.keys(first).map((key) => ({
      header: key,
      key,
      width: Math.min(60, Math.max(12, key.length + 2)),
    }));
    ws.addRows(rows);
    ws.getRow(1).font = { bold: true };
  };
  add(
    'Agenda',
    d.agenda.items.map((i) => ({
      rank: i.rank,
      tied: i.tied ? 'ja' : 'nee',
      research_question_id: i.researchQuestionId,
      text: i.text,
      rationale: i.rationale,
      submissions: i.submissionCount,
      ...Object.fromEntries(i.perGroup.map((g) => [`rank_${g.group}`, g.rank])),
    })),
  );
  add(
    'Inzendingen',
    submissionRows(d).map((r) => ({ ...r, best_rank: r.best_rank === Infinity ? '' : r.best_rank })),
  );
  add('Themas', d.themes);
  add('Onderzoeksvragen', d.researchQuestions);
  add('Thema-inzending', d.submissionThemes);
  add('Vraag-thema', d.questionThemes);
  add('Uitleg', [
    {
      field: 'text_redacted',
      meaning: 'Tekst van de deelnemer; persoonsgegevens zijn vervangen door [weggelaten].',
    },
    { field: 'group', meaning: 'youth, parent, professional, policy, research, education' },
    {
      field: 'knowledge_type',
      meaning:
        'experiential (ervaringskennis), practice (praktijkkennis), scientific (wetenschappelijke kennis)',
    },
    {
      field: 'rank / rank_<groep>',
      meaning: 'Plaats op de agenda (1 = belangrijkst); gelijke plaatsen zijn gelijk geëindigd.',
    },
    { field: 'best_rank', meaning: 'Beste plaats van de onderzoeksvragen waar de inzending aan bijdroeg.' },
    {
      field: 'weggelaten',
      meaning: 'Geen deelnemer-id, leeftijdsgroep of wijk: zo is niemand te herkennen.',
    },
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A printable agenda: ranked questions, rationale, per-group ranks and what stands behind each question. */
export function agendaPdf(a: PublicAgendaResponse): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      info: { Title: `Onderzoeksagenda: ${a.round.title}` },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(20).text(`Onderzoeksagenda: ${a.round.title}`);
    doc
      .moveDown(0.3)
      .fontSize(10)
      .fillColor('#444')
      .text(`${a.round.workspaceName} · gepubliceerd ${a.publishedAt.slice(0, 10)}`);
    if (a.round.introduction) doc.moveDown(0.5).fillColor('#000').fontSize(11).text(a.round.introduction);
    const voters = (Object.entries(a.ballotsPerGroup) as [PriorityGroup, number][])
      .map(([g, n]) => `${GROUP_LABEL[g]}: ${n}`)
      .join(' · ');
    doc
      .moveDown(0.5)
      .fontSize(10)
      .fillColor('#444')
      .text(`Stemmen per groep — ${voters}. Elke groep telt even zwaar mee, tenzij anders vermeld.`);
    for (const item of a.items) {
      if (doc.y > 700) doc.addPage();
      doc
        .moveDown(1)
        .fillColor('#000')
        .fontSize(14)
        .text(`${item.tied ? '=' : ''}${item.rank}. ${item.text}`);
      if (item.rationale) doc.moveDown(0.2).fontSize(10).fillColor('#222').text(`Waarom: ${item.rationale}`);
      const ranks = item.perGroup
        .map((g) => `${GROUP_LABEL[g.group]} ${g.tied ? '=' : ''}${g.rank}`)
        .join(' · ');
      if (ranks) doc.moveDown(0.2).fontSize(9).fillColor('#444').text(`Plaats per groep: ${ranks}`);
      doc.fontSize(9).text(`Gebaseerd op ${item.submissionCount} inzending(en).`);
      // a bar per group: how many submissions behind the question came from it
      const entries = Object.entries(item.byGroup) as [string, number][];
      const max = Math.max(1, ...entries.map(([, n]) => n));
      for (const [group, n] of entries) {
        const y = doc.y + 2;
        doc.rect(200, y, (n / max) * 250, 8).fill('#2b6cb0');
        doc
          .fillColor('#000')
          .fontSize(8)
          .text(`${group}: ${n}`, 50, y - 1, { width: 145 });
        doc.y = y + 10;
      }
      doc.x = 50;
      for (const q of item.quotes)
        doc.moveDown(0.2).fontSize(9).fillColor('#333').text(`“${q.text}”`, { indent: 12 });
    }
    doc.end();
  });
}
