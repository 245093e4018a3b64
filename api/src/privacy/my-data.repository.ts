import { Injectable } from '@nestjs/common';
import type { Answers, QuestionnaireDefinition, QuestionnaireStatus } from '@inbreng/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ParticipantEntity } from '../participants/participant.entity';

export interface ThemeLinkRow {
  submissionId: string;
  themeId: string;
  name: string;
}

export interface QuestionLinkRow {
  themeId: string;
  id: string;
  text: string;
  createdAt: Date;
}

export interface MyResponseRow {
  id: string;
  questionnaireId: string;
  title: string;
  questionnaireStatus: QuestionnaireStatus;
  version: number;
  definition: QuestionnaireDefinition;
  status: 'in_progress' | 'submitted';
  wijk: string | null;
  answers: Answers;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
}

export interface MyOpenAnswerRow {
  responseId: string;
  questionKey: string;
  source: 'answer' | 'other';
  originalText: string;
  redactedText: string;
  submissionId: string | null;
}

export interface MyOpenAnswerLinkRow {
  responseId: string;
  submissionId: string | null;
}

/** What a participant may learn about, and remove of, their own input. Scoped to one round. */
@Injectable()
export class MyDataRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Live themes these submissions were accepted into. Suggested and rejected links never count, nor do
   * suggested, rejected or merged themes: a merge copies its sources' links onto the surviving theme, so the
   * links of the surviving theme already say where merged input went (and a later removal there is respected).
   */
  async acceptedThemes(roundId: string, submissionIds: string[]): Promise<ThemeLinkRow[]> {
    if (!submissionIds.length) return [];
    const rows: Array<{ submission_id: string; theme_id: string; name: string }> =
      await this.dataSource.query(
        `SELECT ta.submission_id, t.id AS theme_id, t.name
         FROM theme_assignment ta JOIN theme t ON t.id = ta.theme_id
        WHERE ta.submission_id = ANY($1) AND ta.status = 'accepted'
          AND t.round_id = $2 AND t.status = 'active'
        ORDER BY t.name, t.id`,
        [submissionIds, roundId],
      );
    return rows.map((r) => ({ submissionId: r.submission_id, themeId: r.theme_id, name: r.name }));
  }

  /** Research questions made from these themes, leaving out merged and archived (dropped) ones. */
  async questionsOfThemes(roundId: string, themeIds: string[]): Promise<QuestionLinkRow[]> {
    if (!themeIds.length) return [];
    const rows: Array<{ theme_id: string; id: string; text: string; created_at: Date }> =
      await this.dataSource.query(
        `SELECT rqt.theme_id, rq.id, rq.text, rq.created_at
           FROM research_question_theme rqt JOIN research_question rq ON rq.id = rqt.research_question_id
          WHERE rqt.theme_id = ANY($1) AND rq.round_id = $2 AND rq.status NOT IN ('merged', 'archived')
          ORDER BY rq.created_at, rq.id`,
        [themeIds, roundId],
      );
    return rows.map((r) => ({ themeId: r.theme_id, id: r.id, text: r.text, createdAt: r.created_at }));
  }

  /** The participant, locked: a second delete with the same code waits and then finds nothing. */
  lockParticipant(returnCodeHash: string, manager: EntityManager): Promise<ParticipantEntity | null> {
    return manager
      .getRepository(ParticipantEntity)
      .findOne({ where: { returnCodeHash }, lock: { mode: 'pessimistic_write' } });
  }

  /** The participant's pairwise comparisons, oldest first. */
  async pairwiseVotes(
    participantId: string,
  ): Promise<{ aId: string; bId: string; winnerId: string | null; createdAt: Date }[]> {
    const rows: Array<{ a_id: string; b_id: string; winner_id: string | null; created_at: Date }> =
      await this.dataSource.query(
        `SELECT a_id, b_id, winner_id, created_at FROM pairwise_vote WHERE participant_id = $1
          ORDER BY created_at, id`,
        [participantId],
      );
    return rows.map((r) => ({ aId: r.a_id, bId: r.b_id, winnerId: r.winner_id, createdAt: r.created_at }));
  }

  /**
   * The participant's questionnaire responses, oldest first, with the questionnaire and the version answered.
   * Only questionnaires of the participant's own round (and so workspace) count, should a row ever say else.
   */
  async questionnaireResponses(participantId: string, roundId: string): Promise<MyResponseRow[]> {
    const rows: Array<{
      id: string;
      questionnaire_id: string;
      title: string;
      questionnaire_status: QuestionnaireStatus;
      version: number;
      definition: QuestionnaireDefinition;
      status: 'in_progress' | 'submitted';
      wijk: string | null;
      answers: Answers;
      created_at: Date;
      updated_at: Date;
      submitted_at: Date | null;
    }> = await this.dataSource.query(
      `SELECT r.id, r.questionnaire_id, q.title, q.status AS questionnaire_status, v.version, v.definition,
              r.status, r.wijk, r.answers, r.created_at, r.updated_at, r.submitted_at
         FROM questionnaire_response r
         JOIN questionnaire q ON q.id = r.questionnaire_id
         JOIN questionnaire_version v ON v.id = r.version_id
        WHERE r.participant_id = $1 AND q.round_id = $2
        ORDER BY r.created_at, r.id`,
      [participantId, roundId],
    );
    return rows.map((r) => ({
      id: r.id,
      questionnaireId: r.questionnaire_id,
      title: r.title,
      questionnaireStatus: r.questionnaire_status,
      version: r.version,
      definition: r.definition,
      status: r.status,
      wijk: r.wijk,
      answers: r.answers,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      submittedAt: r.submitted_at,
    }));
  }

  /** Per open answer of these responses only where it went: no text is read. */
  async openAnswerLinks(responseIds: string[]): Promise<MyOpenAnswerLinkRow[]> {
    if (!responseIds.length) return [];
    const rows: Array<{ response_id: string; submission_id: string | null }> = await this.dataSource.query(
      `SELECT response_id, submission_id FROM questionnaire_open_answer WHERE response_id = ANY($1)
        ORDER BY response_id, question_key, source`,
      [responseIds],
    );
    return rows.map((r) => ({ responseId: r.response_id, submissionId: r.submission_id }));
  }

  /** The open texts of these responses, original and redacted. */
  async openAnswers(responseIds: string[]): Promise<MyOpenAnswerRow[]> {
    if (!responseIds.length) return [];
    const rows: Array<{
      response_id: string;
      question_key: string;
      source: 'answer' | 'other';
      original_text: string;
      redacted_text: string;
      submission_id: string | null;
    }> = await this.dataSource.query(
      `SELECT response_id, question_key, source, original_text, redacted_text, submission_id
         FROM questionnaire_open_answer WHERE response_id = ANY($1)
        ORDER BY response_id, question_key, source`,
      [responseIds],
    );
    return rows.map((r) => ({
      responseId: r.response_id,
      questionKey: r.question_key,
      source: r.source,
      originalText: r.original_text,
      redactedText: r.redacted_text,
      submissionId: r.submission_id,
    }));
  }

  /**
   * Removes the participant's questionnaire responses; their answer rows and open answers cascade, so
   * questionnaire results and open-answer lists no longer count them. Returns the removed responses.
   */
  async deleteResponses(
    participantId: string,
    manager: EntityManager,
  ): Promise<{ id: string; questionnaireId: string }[]> {
    const [rows]: [Array<{ id: string; questionnaire_id: string }>, number] = await manager.query(
      `DELETE FROM questionnaire_response WHERE participant_id = $1 RETURNING id, questionnaire_id`,
      [participantId],
    );
    return rows.map((r) => ({ id: r.id, questionnaireId: r.questionnaire_id }));
  }

  /** Removes the participant's ranking ballot (its items cascade) and pairwise votes; returns how many of each. */
  async deleteVotes(
    participantId: string,
    manager: EntityManager,
  ): Promise<{ ballots: number; votes: number }> {
    const [, ballots]: [unknown, number] = await manager.query(
      `DELETE FROM ballot WHERE participant_id = $1`,
      [participantId],
    );
    const [, votes]: [unknown, number] = await manager.query(
      `DELETE FROM pairwise_vote WHERE participant_id = $1`,
      [participantId],
    );
    return { ballots, votes };
  }

  /**
   * Removes the participant's submissions and then the participant. Theme assignments and duplicate marks
   * go with the submissions (ON DELETE CASCADE), so theme and research-question counts, which are counted
   * from the assignments, drop at once. Submissions made from their questionnaire answers (to-synthesis) carry
   * their participant id; they are also matched by their source response, so they go even if that ever
   * differs (the source columns have no foreign key). Returns the ids of the removed submissions.
   */
  async deleteParticipant(
    participantId: string,
    responses: { id: string; questionnaireId: string }[],
    manager: EntityManager,
  ): Promise<string[]> {
    const [rows]: [Array<{ id: string }>, number] = await manager.query(
      `DELETE FROM submission
        WHERE participant_id = $1
           OR (source_questionnaire_id = ANY($2::uuid[]) AND source_response_id = ANY($3::uuid[]))
       RETURNING id`,
      [participantId, [...new Set(responses.map((r) => r.questionnaireId))], responses.map((r) => r.id)],
    );
    await manager.query(`DELETE FROM participant WHERE id = $1`, [participantId]);
    return rows.map((r) => r.id);
  }

  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }
}
