import { Injectable } from '@nestjs/common';
import type { AgeBand, Answers, ParticipantGroup } from '@inbreng/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { OpenAnswerSource } from './entities/questionnaire-open-answer.entity';
import type { AggregateGroup } from './results-builder';

/** Which submitted responses to count. */
export interface ResponseFilter {
  group?: ParticipantGroup;
  ageBand?: AgeBand;
  wijk?: string;
  versionId?: string;
}

export interface OpenAnswerRow {
  responseId: string;
  questionKey: string;
  source: OpenAnswerSource;
  redactedText: string;
  /** The original differs from the redacted text. */
  redacted: boolean;
  urgent: boolean;
  group: ParticipantGroup;
  ageBand: AgeBand | null;
  submittedAt: Date;
  submissionId: string | null;
}

export interface ExportResponseRow {
  id: string;
  version: number;
  group: ParticipantGroup;
  ageBand: AgeBand | null;
  wijk: string | null;
  submittedAt: Date;
  /** As typed: open texts here are NOT for staff eyes; use `redacted` for those. */
  answers: Answers;
  /** `questionKey:source` → redacted text of each open answer. */
  redacted: Record<string, string>;
}

/**
 * The SQL behind results, open answers and exports. Only submitted responses count; every query is
 * scoped to the questionnaire, and the questionnaire to the workspace.
 */
@Injectable()
export class ResultsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The filtered responses as SQL conditions on questionnaire_response `r`; pushes values onto `params`. */
  private where(workspaceId: string, questionnaireId: string, f: ResponseFilter, params: unknown[]): string {
    params.push(workspaceId, questionnaireId);
    const parts = [
      `r.workspace_id = $${params.length - 1}`,
      `r.questionnaire_id = $${params.length}`,
      `r.status = 'submitted'`,
    ];
    const add = (column: string, value: unknown) => {
      params.push(value);
      parts.push(`r.${column} = $${params.length}`);
    };
    if (f.group) add('"group"', f.group);
    if (f.ageBand) add('age_band', f.ageBand);
    if (f.wijk) add('wijk', f.wijk);
    if (f.versionId) add('version_id', f.versionId);
    return parts.join(' AND ');
  }

  async countRespondents(workspaceId: string, questionnaireId: string, f: ResponseFilter): Promise<number> {
    const params: unknown[] = [];
    const rows: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM questionnaire_response r WHERE ${this.where(workspaceId, questionnaireId, f, params)}`,
      params,
    );
    return rows[0]?.n ?? 0;
  }

  /**
   * Counts every (version, question, option, value) among the filtered responses in one statement; the
   * result has a few rows per question, whatever the number of responses.
   */
  async aggregate(
    workspaceId: string,
    questionnaireId: string,
    f: ResponseFilter,
  ): Promise<AggregateGroup[]> {
    const params: unknown[] = [];
    const where = this.where(workspaceId, questionnaireId, f, params);
    const rows: Array<{
      version_id: string;
      question_key: string;
      option_key: string;
      value: number | null;
      count: number;
      heads: number;
    }> = await this.dataSource.query(
      `SELECT r.version_id, a.question_key, a.option_key, a.value, count(*)::int AS count,
                count(*) FILTER (WHERE a.head)::int AS heads
           FROM questionnaire_answer a JOIN questionnaire_response r ON r.id = a.response_id
          WHERE a.questionnaire_id = $2 AND ${where}
          GROUP BY r.version_id, a.question_key, a.option_key, a.value`,
      params,
    );
    return rows.map((row) => ({
      versionId: row.version_id,
      questionKey: row.question_key,
      optionKey: row.option_key,
      value: row.value,
      count: row.count,
      heads: row.heads,
    }));
  }

  async openAnswers(
    workspaceId: string,
    questionnaireId: string,
    f: ResponseFilter & {
      questionKey?: string;
      search?: string;
      includeOther: boolean;
      limit: number;
      offset: number;
    },
  ): Promise<{ items: OpenAnswerRow[]; total: number }> {
    const params: unknown[] = [];
    const conditions = [this.where(workspaceId, questionnaireId, f, params), `o.questionnaire_id = $2`];
    if (f.questionKey) {
      params.push(f.questionKey);
      conditions.push(`o.question_key = $${params.length}`);
    }
    if (!f.includeOther) conditions.push(`o.source = 'answer'`);
    if (f.search) {
      params.push(`%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      conditions.push(`o.redacted_text ILIKE $${params.length}`);
    }
    const from = `FROM questionnaire_open_answer o JOIN questionnaire_response r ON r.id = o.response_id WHERE ${conditions.join(' AND ')}`;
    const [totals, rows] = await Promise.all([
      this.dataSource.query(`SELECT count(*)::int AS n ${from}`, params) as Promise<Array<{ n: number }>>,
      this.dataSource.query(
        `SELECT o.response_id, o.question_key, o.source, o.redacted_text, o.urgent, o.submission_id,
                o.original_text IS DISTINCT FROM o.redacted_text AS redacted,
                r."group", r.age_band, r.submitted_at
           ${from}
          ORDER BY o.urgent DESC, r.submitted_at DESC, o.response_id, o.question_key, o.source
          LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, f.limit, f.offset],
      ) as Promise<Array<Record<string, unknown>>>,
    ]);
    return {
      total: totals[0]?.n ?? 0,
      items: rows.map((row) => ({
        responseId: row['response_id'] as string,
        questionKey: row['question_key'] as string,
        source: row['source'] as OpenAnswerSource,
        redactedText: row['redacted_text'] as string,
        redacted: row['redacted'] as boolean,
        urgent: row['urgent'] as boolean,
        group: row['group'] as ParticipantGroup,
        ageBand: (row['age_band'] as AgeBand | null) ?? null,
        submittedAt: row['submitted_at'] as Date,
        submissionId: (row['submission_id'] as string | null) ?? null,
      })),
    };
  }

  async openAnswerOriginal(
    workspaceId: string,
    questionnaireId: string,
    responseId: string,
    questionKey: string,
    source: OpenAnswerSource,
  ): Promise<{ originalText: string; redactedText: string } | null> {
    const rows: Array<{ original_text: string; redacted_text: string }> = await this.dataSource.query(
      `SELECT o.original_text, o.redacted_text
         FROM questionnaire_open_answer o JOIN questionnaire_response r ON r.id = o.response_id
        WHERE r.workspace_id = $1 AND o.questionnaire_id = $2 AND o.response_id = $3 AND o.question_key = $4 AND o.source = $5`,
      [workspaceId, questionnaireId, responseId, questionKey, source],
    );
    const row = rows[0];
    return row ? { originalText: row.original_text, redactedText: row.redacted_text } : null;
  }

  /** Submitted responses for an export, with the redacted versions of their open texts. */
  async exportResponses(
    workspaceId: string,
    questionnaireId: string,
    f: ResponseFilter,
  ): Promise<ExportResponseRow[]> {
    const params: unknown[] = [];
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT r.id, v.version, r."group", r.age_band, r.wijk, r.submitted_at, r.answers,
              coalesce((SELECT jsonb_object_agg(o.question_key || ':' || o.source, o.redacted_text)
                          FROM questionnaire_open_answer o WHERE o.response_id = r.id), '{}'::jsonb) AS redacted
         FROM questionnaire_response r JOIN questionnaire_version v ON v.id = r.version_id
        WHERE ${this.where(workspaceId, questionnaireId, f, params)}
        ORDER BY r.submitted_at, r.id`,
      params,
    );
    return rows.map((row) => ({
      id: row['id'] as string,
      version: row['version'] as number,
      group: row['group'] as ParticipantGroup,
      ageBand: (row['age_band'] as AgeBand | null) ?? null,
      wijk: (row['wijk'] as string | null) ?? null,
      submittedAt: row['submitted_at'] as Date,
      answers: row['answers'] as Answers,
      redacted: row['redacted'] as Record<string, string>,
    }));
  }

  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }
}
