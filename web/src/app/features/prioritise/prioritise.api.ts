import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BallotRequest,
  BallotResponse,
  PairwiseVoteRequest,
  PairwiseVoteResponse,
  PublicPrioritisationResponse,
} from '@inbreng/contracts';
import { Observable } from 'rxjs';

const base = (slug: string) => `/api/public/rounds/${encodeURIComponent(slug)}`;

/** The public (no account) prioritisation endpoints: the shortlist, ballots and pairwise votes. */
@Injectable({ providedIn: 'root' })
export class PrioritiseApi {
  private readonly http = inject(HttpClient);

  prioritisation(slug: string): Observable<PublicPrioritisationResponse> {
    return this.http.get<PublicPrioritisationResponse>(`${base(slug)}/prioritisation`);
  }

  /** The ballot stored for a return code (404 when that code has not voted yet). */
  ballot(slug: string, returnCode: string): Observable<BallotResponse> {
    return this.http.get<BallotResponse>(`${base(slug)}/ballot/${encodeURIComponent(returnCode)}`);
  }

  saveBallot(slug: string, body: BallotRequest): Observable<BallotResponse> {
    return this.http.put<BallotResponse>(`${base(slug)}/ballot`, body);
  }

  pairwiseNext(slug: string, returnCode: string | null): Observable<{ next: [string, string] | null }> {
    const params = returnCode ? new HttpParams().set('returnCode', returnCode) : undefined;
    return this.http.get<{ next: [string, string] | null }>(`${base(slug)}/pairwise-next`, { params });
  }

  pairwiseVote(slug: string, body: PairwiseVoteRequest): Observable<PairwiseVoteResponse> {
    return this.http.post<PairwiseVoteResponse>(`${base(slug)}/pairwise-votes`, body);
  }
}
