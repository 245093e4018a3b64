import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  DeleteMyDataResponse,
  EmailReturnCodeRequest,
  EmailReturnCodeResponse,
  MyInputTraceResponse,
} from '@inbreng/contracts';
import { Observable } from 'rxjs';

const base = (returnCode: string) => `/api/public/my-input/${encodeURIComponent(returnCode)}`;

/** "Wat is er met mijn inbreng gebeurd?": the trace of a return code, and own-data export and deletion. */
@Injectable({ providedIn: 'root' })
export class MyInputApi {
  private readonly http = inject(HttpClient);

  trace(returnCode: string): Observable<MyInputTraceResponse> {
    return this.http.get<MyInputTraceResponse>(`${base(returnCode)}/trace`);
  }

  /** The participant's own data as a JSON file (fetched, so the code stays out of the address bar). */
  exportData(returnCode: string): Observable<Blob> {
    return this.http.get(`${base(returnCode)}/export`, { responseType: 'blob' });
  }

  deleteData(returnCode: string): Observable<DeleteMyDataResponse> {
    return this.http.delete<DeleteMyDataResponse>(base(returnCode), { body: { confirm: true } });
  }

  /** Sends the code once to this address (only when the round says `emailAvailable`). */
  emailCode(returnCode: string, body: EmailReturnCodeRequest): Observable<EmailReturnCodeResponse> {
    return this.http.post<EmailReturnCodeResponse>(`${base(returnCode)}/email`, body);
  }
}
