import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  PublicQuestionnaireResponse,
  PublicQuestionnaireSummary,
  SaveResponseRequest,
  SavedResponse,
} from '@inbreng/contracts';
import { Observable } from 'rxjs';

const enc = encodeURIComponent;
const base = (slug: string) => `/api/public/rounds/${enc(slug)}/questionnaires`;

/** The public (no account) questionnaire endpoints of a round. */
@Injectable({ providedIn: 'root' })
export class QuestionnaireApi {
  private readonly http = inject(HttpClient);

  list(slug: string): Observable<PublicQuestionnaireSummary[]> {
    return this.http.get<PublicQuestionnaireSummary[]>(base(slug));
  }

  get(slug: string, id: string): Observable<PublicQuestionnaireResponse> {
    return this.http.get<PublicQuestionnaireResponse>(`${base(slug)}/${enc(id)}`);
  }

  /** Saves progress (`submit: false`) or hands in; the answer carries the return code to resume with. */
  save(slug: string, id: string, body: SaveResponseRequest): Observable<SavedResponse> {
    return this.http.put<SavedResponse>(`${base(slug)}/${enc(id)}/response`, body);
  }

  /** The saved answers of this return code (404 when it has none for this questionnaire). */
  resume(slug: string, id: string, returnCode: string): Observable<SavedResponse> {
    return this.http.get<SavedResponse>(`${base(slug)}/${enc(id)}/response/${enc(returnCode)}`);
  }
}
