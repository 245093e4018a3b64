import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BulkApproveRequest,
  BulkApproveResponse,
  ModerationDecision,
  ModerationItem,
  ModerationQueueQuery,
  ModerationQueueResponse,
  OriginalTextResponse,
  RoundDashboard,
} from '@inbreng/contracts';
import { Observable } from 'rxjs';

const ws = (workspaceId: string) => `/api/staff/workspaces/${encodeURIComponent(workspaceId)}`;
const round = (workspaceId: string, roundId: string) =>
  `${ws(workspaceId)}/rounds/${encodeURIComponent(roundId)}`;

/** Moderation queue, decisions and the round dashboard (moderator and admin). */
@Injectable({ providedIn: 'root' })
export class ModerationApi {
  private readonly http = inject(HttpClient);

  queue(
    workspaceId: string,
    roundId: string,
    query: ModerationQueueQuery,
  ): Observable<ModerationQueueResponse> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query) as Array<[string, string | number | undefined]>) {
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<ModerationQueueResponse>(`${round(workspaceId, roundId)}/submissions`, { params });
  }

  /** The unredacted text. The API writes every call to the audit log. */
  original(workspaceId: string, submissionId: string): Observable<OriginalTextResponse> {
    return this.http.get<OriginalTextResponse>(
      `${ws(workspaceId)}/submissions/${encodeURIComponent(submissionId)}/original`,
    );
  }

  decide(
    workspaceId: string,
    submissionId: string,
    decision: ModerationDecision,
  ): Observable<ModerationItem> {
    return this.http.post<ModerationItem>(
      `${ws(workspaceId)}/submissions/${encodeURIComponent(submissionId)}/decision`,
      decision,
    );
  }

  bulkApprove(workspaceId: string, roundId: string, ids: string[]): Observable<BulkApproveResponse> {
    const body: BulkApproveRequest = { ids };
    return this.http.post<BulkApproveResponse>(
      `${round(workspaceId, roundId)}/submissions/bulk-approve`,
      body,
    );
  }

  dashboard(workspaceId: string, roundId: string): Observable<RoundDashboard> {
    return this.http.get<RoundDashboard>(`${round(workspaceId, roundId)}/dashboard`);
  }
}
