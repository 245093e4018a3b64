import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
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

export function questionnairesBase(workspaceId: string, roundId: string): string {
  return `/api/staff/workspaces/${enc(workspaceId)}/rounds/${enc(roundId)}/questionnaires`;
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
  roundId: string,
  id: string,
  format: ExportFormat,
  query: ResultsQuery,
): string {
  const params = new HttpParams({ fromObject: filterParams(query) }).toString();
  return `${questionnairesBase(workspaceId, roundId)}/${enc(id)}/export.${format}${params ? `?${params}` : ''}`;
}

/** Staff questionnaire endpoints of one round. */
@Injectable({ providedIn: 'root' })
export class StaffQuestionnairesApi {
  private readonly http = inject(HttpClient);

  list(workspaceId: string, roundId: string): Observable<QuestionnaireSummary[]> {
    return this.http.get<QuestionnaireSummary[]>(questionnairesBase(workspaceId, roundId));
  }

  get(workspaceId: string, roundId: string, id: string): Observable<StaffQuestionnaireResponse> {
    return this.http.get<StaffQuestionnaireResponse>(
      `${questionnairesBase(workspaceId, roundId)}/${enc(id)}`,
    );
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
    roundId: string,
    id: string,
    body: UpsertQuestionnaireRequest,
  ): Observable<StaffQuestionnaireResponse> {
    return this.http.put<StaffQuestionnaireResponse>(
      `${questionnairesBase(workspaceId, roundId)}/${enc(id)}`,
      body,
    );
  }

  transition(
    workspaceId: string,
    roundId: string,
    id: string,
    to: QuestionnaireStatus,
  ): Observable<StaffQuestionnaireResponse> {
    const body: TransitionQuestionnaireRequest = { to };
    return this.http.post<StaffQuestionnaireResponse>(
      `${questionnairesBase(workspaceId, roundId)}/${enc(id)}/transition`,
      body,
    );
  }

  results(
    workspaceId: string,
    roundId: string,
    id: string,
    query: ResultsQuery,
  ): Observable<QuestionnaireResults> {
    return this.http.get<QuestionnaireResults>(
      `${questionnairesBase(workspaceId, roundId)}/${enc(id)}/results`,
      {
        params: filterParams(query),
      },
    );
  }

  openAnswers(
    workspaceId: string,
    roundId: string,
    id: string,
    query: OpenAnswersQuery,
  ): Observable<OpenAnswersPage> {
    const params: Record<string, string> = filterParams(query);
    if (query.questionKey) params['questionKey'] = query.questionKey;
    if (query.search) params['search'] = query.search;
    if (query.limit !== undefined) params['limit'] = String(query.limit);
    if (query.offset) params['offset'] = String(query.offset);
    return this.http.get<OpenAnswersPage>(
      `${questionnairesBase(workspaceId, roundId)}/${enc(id)}/open-answers`,
      {
        params,
      },
    );
  }

  toSynthesis(
    workspaceId: string,
    roundId: string,
    id: string,
    body: SendToSynthesisRequest,
  ): Observable<SendToSynthesisResponse> {
    return this.http.post<SendToSynthesisResponse>(
      `${questionnairesBase(workspaceId, roundId)}/${enc(id)}/to-synthesis`,
      body,
    );
  }
}
