import { Injectable } from '@nestjs/common';
import type { AgendaQuote, KnowledgeType, ParticipantGroup, SubmissionKind } from '@inbreng/contracts';
import { DataSource } from 'typeorm';

/**
 * The anonymised round data: approved submissions with their redacted text only, no participant ids, no age
 * band and no wijk (small groups could be recognised by them), themes that are live, research questions and the
 * links between them.
 */
export interface RoundDataset {
  submissions: {
    id: string;
    group: ParticipantGroup;
    knowledgeType: KnowledgeType;
    kind: SubmissionKind;
    text: string;
    lifeDomains: string[];
    inputLine: string | null;
    submittedOn: string;
  }[];
  themes: { id: string; name: string; description: string; frameworkCode: string | null }[];
  researchQuestions: {
    id: string;
    text: string;
    population: string;
    evidenceStatus: string;
    rationale: string;
  }[];
  submissionThemes: { submissionId: string; themeId: string }[];
  questionThemes: { researchQuestionId: string; themeId: string }[];
}

@Injectable()
export class PublicationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Up to `perQuestion` quotes per research question: approved submissions behind its themes whose authors
   * agreed to be quoted, redacted, not marked as duplicates; short ones first (they read best on a page).
   */
  async quotes(questionIds: string[], perQuestion: number): Promise<Map<string, AgendaQuote[]>> {
    const out = new Map<string, AgendaQuote[]>();
    if (!questionIds.length) return out;
    const rows: Array<{ qid: string; text: string; group: ParticipantGroup; kt: KnowledgeType }> =
      await this.dataSource.query(
        `SELECT qid, text, "group", kt FROM (
           SELECT d.qid, s.redacted_text AS text, s."group", s.knowledge_type AS kt,
                  row_number() OVER (PARTITION BY d.qid ORDER BY length(s.redacted_text), s.created_at) AS n
             FROM (SELECT DISTINCT rqt.research_question_id AS qid, ta.submission_id
                     FROM research_question_theme rqt
                     JOIN theme_assignment ta ON ta.theme_id = rqt.theme_id AND ta.status = 'accepted'
                    WHERE rqt.research_question_id = ANY($1)) d
             JOIN submission s ON s.id = d.submission_id
            WHERE s.status = 'approved' AND s.quote_consent AND NOT s.urgent
              AND NOT EXISTS (SELECT 1 FROM submission_duplicate sd WHERE sd.submission_id = s.id)
         ) ranked WHERE n <= $2 ORDER BY qid, n`,
        [questionIds, perQuestion],
      );
    for (const r of rows) {
      const list = out.get(r.qid) ?? [];
      list.push({ text: r.text, group: r.group, knowledgeType: r.kt });
      out.set(r.qid, list);
    }
    return out;
  }

  async dataset(roundId: string): Promise<RoundDataset> {
    const q = <T>(sql: string): Promise<T[]> => this.dataSource.query(sql, [roundId]);
    const [submissions, themes, researchQuestions, submissionThemes, questionThemes] = await Promise.all([
      q<RoundDataset['submissions'][number]>(
        `SELECT id, "group", knowledge_type AS "knowledgeType", kind, redacted_text AS text,
                life_domains AS "lifeDomains", input_line AS "inputLine", to_char(created_at, 'YYYY-MM-DD') AS "submittedOn"
           FROM submission WHERE round_id = $1 AND status = 'approved' ORDER BY created_at, id`,
      ),
      q<RoundDataset['themes'][number]>(
        `SELECT id, name, description, framework_code AS "frameworkCode"
           FROM theme WHERE round_id = $1 AND status = 'active' ORDER BY name`,
      ),
      q<RoundDataset['researchQuestions'][number]>(
        `SELECT id, text, population, evidence_status AS "evidenceStatus", rationale
           FROM research_question WHERE round_id = $1 AND status NOT IN ('merged', 'archived') ORDER BY created_at`,
      ),
      q<RoundDataset['submissionThemes'][number]>(
        `SELECT ta.submission_id AS "submissionId", ta.theme_id AS "themeId"
           FROM theme_assignment ta JOIN theme t ON t.id = ta.theme_id
           JOIN submission s ON s.id = ta.submission_id
          WHERE t.round_id = $1 AND t.status = 'active' AND ta.status = 'accepted' AND s.status = 'approved'
          ORDER BY 1, 2`,
      ),
      q<RoundDataset['questionThemes'][number]>(
        `SELECT rqt.research_question_id AS "researchQuestionId", rqt.theme_id AS "themeId"
           FROM research_question_theme rqt JOIN research_question rq ON rq.id = rqt.research_question_id
          WHERE rq.round_id = $1 AND rq.status NOT IN ('merged', 'archived') ORDER BY 1, 2`,
      ),
    ]);
    return { submissions, themes, researchQuestions, submissionThemes, questionThemes };
  }
}
