import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateSubmissionRequest,
  CreateSubmissionResponse,
  MyInputResponse,
  PublicRoundResponse,
} from '@inbreng/contracts';
import { Observable } from 'rxjs';

/** The public (no account) participation endpoints. */
@Injectable({ providedIn: 'root' })
export class ParticipationApi {
  private readonly http = inject(HttpClient);

  getRound(slug: string): Observable<PublicRoundResponse> {
    return this.http.get<PublicRoundResponse>(`/api/public/rounds/${encodeURIComponent(slug)}`);
  }

  submit(slug: string, body: CreateSubmissionRequest): Observable<CreateSubmissionResponse> {
    return this.http.post<CreateSubmissionResponse>(
      `/api/public/rounds/${encodeURIComponent(slug)}/submissions`,
      body,
    );
  }

  myInput(returnCode: string): Observable<MyInputResponse> {
    return this.http.get<MyInputResponse>(`/api/public/my-input/${encodeURIComponent(returnCode)}`);
  }
}
