import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  RoundStatus,
  StaffRoundResponse,
  StaffRoundSummary,
  TransitionRoundRequest,
  UpsertRoundRequest,
} from '@inbreng/contracts';
import { Observable } from 'rxjs';

const base = (workspaceId: string) => `/api/staff/workspaces/${encodeURIComponent(workspaceId)}/rounds`;

/** Round administration endpoints (reading: moderator; writing: admin). */
@Injectable({ providedIn: 'root' })
export class StaffRoundsApi {
  private readonly http = inject(HttpClient);

  list(workspaceId: string): Observable<StaffRoundSummary[]> {
    return this.http.get<StaffRoundSummary[]>(base(workspaceId));
  }

  get(workspaceId: string, roundId: string): Observable<StaffRoundResponse> {
    return this.http.get<StaffRoundResponse>(`${base(workspaceId)}/${encodeURIComponent(roundId)}`);
  }

  create(workspaceId: string, body: UpsertRoundRequest): Observable<StaffRoundResponse> {
    return this.http.post<StaffRoundResponse>(base(workspaceId), body);
  }

  update(workspaceId: string, roundId: string, body: UpsertRoundRequest): Observable<StaffRoundResponse> {
    return this.http.put<StaffRoundResponse>(`${base(workspaceId)}/${encodeURIComponent(roundId)}`, body);
  }

  transition(workspaceId: string, roundId: string, to: RoundStatus): Observable<StaffRoundResponse> {
    const body: TransitionRoundRequest = { to };
    return this.http.post<StaffRoundResponse>(
      `${base(workspaceId)}/${encodeURIComponent(roundId)}/transition`,
      body,
    );
  }
}
