import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AgendaPublicationStatus,
  PrioritisationResults,
  ResearchQuestion,
  SetRationaleRequest,
  StartPrioritisationRequest,
  UpdatePrioritisationRequest,
} from '@inbreng/contracts';
import { Observable } from 'rxjs';

const round = (workspaceId: string, roundId: string) =>
  `/api/staff/workspaces/${encodeURIComponent(workspaceId)}/rounds/${encodeURIComponent(roundId)}`;

/** Where admins download the workspace's audit log (a plain link: the browser sends the session cookie). */
export function auditExportUrl(workspaceId: string): string {
  return `/api/staff/workspaces/${encodeURIComponent(workspaceId)}/audit-events/export.csv`;
}

/** Prioritisation for moderators: start, tune weights and threshold, read results, write rationales. */
@Injectable({ providedIn: 'root' })
export class PrioritisationApi {
  private readonly http = inject(HttpClient);

  results(workspaceId: string, roundId: string): Observable<PrioritisationResults> {
    return this.http.get<PrioritisationResults>(`${round(workspaceId, roundId)}/prioritisation/results`);
  }

  /** Published rounds only: when the agenda was fixed and what differs in today's figures. */
  publication(workspaceId: string, roundId: string): Observable<AgendaPublicationStatus> {
    return this.http.get<AgendaPublicationStatus>(`${round(workspaceId, roundId)}/agenda-publication`);
  }

  /** Moves the round to `prioritising`. */
  start(
    workspaceId: string,
    roundId: string,
    body: StartPrioritisationRequest,
  ): Observable<PrioritisationResults> {
    return this.http.post<PrioritisationResults>(`${round(workspaceId, roundId)}/prioritisation`, body);
  }

  update(
    workspaceId: string,
    roundId: string,
    body: UpdatePrioritisationRequest,
  ): Observable<PrioritisationResults> {
    return this.http.patch<PrioritisationResults>(`${round(workspaceId, roundId)}/prioritisation`, body);
  }

  setRationale(
    workspaceId: string,
    roundId: string,
    questionId: string,
    rationale: string,
  ): Observable<ResearchQuestion> {
    const body: SetRationaleRequest = { rationale };
    return this.http.put<ResearchQuestion>(
      `${round(workspaceId, roundId)}/research-questions/${encodeURIComponent(questionId)}/rationale`,
      body,
    );
  }
}
