import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  OpenAnswerOriginal,
  OpenAnswersPage,
  OpenAnswersQuery,
  QuestionnaireResults,
  QuestionnaireStatus,
  QuestionnaireSummary,
  ResultsFilter,
  SendToSynthesisRequest,
  SendToSynthesisResponse,
  StaffQuestionnaireResponse,
  TransitionQuestionnaireRequest,
  UpsertQuestionnaireRequest,
} from '@inbreng/contracts';
import { Observable } from 'rxjs';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

/** Filters of the results page (no version: all versions together). */
export type ResultsQuery = ResultsFilter;

const enc = encodeURIComponent;

/** Listing and creating go through the round; one questionnaire is addressed by its own id. */
export function questionnairesBase(workspaceId: string, roundId: string): string {
  return `/api/staff/workspaces/${enc(workspaceId)}/rounds/${enc(roundId)}/questionnaires`;
}

export function questionnaireBase(workspaceId: string, id: string): string {
  return `/api/staff/workspaces/${enc(workspaceId)}/questionnaires/${enc(id)}`;
}

/** Query parameters for the filters; empty ones are left out. */
export function filterParams(query: ResultsQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (query.group) out['group'] = query.group;
  if (query.ageBand) out['ageBand'] = query.ageBand;
  if (query.wijk) out['wijk'] = query.wijk;
  if (query.version !== undefined) out['version'] = String(query.version);
  return out;
}

/** The address of an export file; a plain link downloads it with the session cookie. */
export function exportUrl(
  workspaceId: string,
  id: string,
  format: ExportFormat,
  query: ResultsQuery,
): string {
  const params = new HttpParams({ fromObject: filterParams(query) }).toString();
  return `${questionnaireBase(workspaceId, id)}/export/${format}${params ? `?${params}` : ''}`;
}

/** Staff questionnaire endpoints of one round. */
@Injectable({ providedIn: 'root' })
export class StaffQuestionnairesApi {
  private readonly http = inject(HttpClient);

  list(workspaceId: string, roundId: string): Observable<QuestionnaireSummary[]> {
    return this.http.get<QuestionnaireSummary[]>(questionnairesBase(workspaceId, roundId));
  }

  get(workspaceId: string, id: string): Observable<StaffQuestionnaireResponse> {
    return this.http.get<StaffQuestionnaireResponse>(`${questionnaireBase(workspaceId, id)}`);
  }

  create(
    workspaceId: string,
    roundId: string,
    body: UpsertQuestionnaireRequest,
  ): Observable<StaffQuestionnaireResponse> {
    return this.http.post<StaffQuestionnaireResponse>(questionnairesBase(workspaceId, roundId), body);
  }

  update(
    workspaceId: string,
    id: string,
    body: UpsertQuestionnaireRequest,
  ): Observable<StaffQuestionnaireResponse> {
    return this.http.put<StaffQuestionnaireResponse>(`${questionnaireBase(workspaceId, id)}`, body);
  }

  transition(
    workspaceId: string,
    id: string,
    to: QuestionnaireStatus,
  ): Observable<StaffQuestionnaireResponse> {
    const body: TransitionQuestionnaireRequest = { to };
    return this.http.post<StaffQuestionnaireResponse>(
      `${questionnaireBase(workspaceId, id)}/transition`,
      body,
    );
  }

  results(workspaceId: string, id: string, query: ResultsQuery): Observable<QuestionnaireResults> {
    return this.http.get<QuestionnaireResults>(`${questionnaireBase(workspaceId, id)}/results`, {
      params: filterParams(query),
    });
  }

  openAnswers(workspaceId: string, id: string, query: OpenAnswersQuery): Observable<OpenAnswersPage> {
    const params: Record<string, string> = filterParams(query);
    if (query.questionKey) params['questionKey'] = query.questionKey;
    if (query.search) params['search'] = query.search;
    if (query.limit !== undefined) params['limit'] = String(query.limit);
    if (query.offset) params['offset'] = String(query.offset);
    return this.http.get<OpenAnswersPage>(`${questionnaireBase(workspaceId, id)}/open-answers`, {
      params,
    });
  }

  /** The unredacted text of one open answer; the API writes every call to the audit log. */
  original(
    workspaceId: string,
    id: string,
    answer: { responseId: string; questionKey: string; source: 'answer' | 'other' },
  ): Observable<OpenAnswerOriginal> {
    return this.http.get<OpenAnswerOriginal>(
      `${questionnaireBase(workspaceId, id)}/responses/${enc(answer.responseId)}/open-answers/${enc(answer.questionKey)}/original`,
      { params: { source: answer.source } },
    );
  }

  toSynthesis(
    workspaceId: string,
    id: string,
    body: SendToSynthesisRequest,
  ): Observable<SendToSynthesisResponse> {
    return this.http.post<SendToSynthesisResponse>(
      `${questionnaireBase(workspaceId, id)}/to-synthesis`,
      body,
    );
  }
}
