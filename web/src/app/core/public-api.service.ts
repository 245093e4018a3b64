import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PublicWorkspaceResponse, StaffRoundSummary } from '@inbreng/contracts';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class WorkspaceApi {
  private readonly http = inject(HttpClient);

  listPublic(): Observable<PublicWorkspaceResponse[]> {
    return this.http.get<PublicWorkspaceResponse[]>('/api/public/workspaces');
  }

  getPublic(slug: string): Observable<PublicWorkspaceResponse> {
    return this.http.get<PublicWorkspaceResponse>(`/api/public/workspaces/${encodeURIComponent(slug)}`);
  }

  listStaffRounds(workspaceId: string): Observable<StaffRoundSummary[]> {
    return this.http.get<StaffRoundSummary[]>(
      `/api/staff/workspaces/${encodeURIComponent(workspaceId)}/rounds`,
    );
  }
}
