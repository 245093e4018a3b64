import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PublicAgendaResponse } from '@inbreng/contracts';
import { Observable } from 'rxjs';

export const AGENDA_DOWNLOADS = ['pdf', 'csv', 'xlsx', 'json'] as const;
export type AgendaDownload = (typeof AGENDA_DOWNLOADS)[number];

const base = (slug: string) => `/api/public/rounds/${encodeURIComponent(slug)}`;

/** Where each download lives: the report as PDF, the anonymised round data in three formats. */
export function downloadUrl(slug: string, kind: AgendaDownload): string {
  return kind === 'pdf' ? `${base(slug)}/agenda.pdf` : `${base(slug)}/data.${kind}`;
}

/** The published research agenda of a round (404 until the round is published). */
@Injectable({ providedIn: 'root' })
export class AgendaApi {
  private readonly http = inject(HttpClient);

  agenda(slug: string): Observable<PublicAgendaResponse> {
    return this.http.get<PublicAgendaResponse>(`${base(slug)}/agenda`);
  }
}
