import { DOCUMENT, Injectable, inject } from '@angular/core';
import { QUESTIONNAIRE_PREFIX as PREFIX } from '../device-storage';
import type { QuestionnaireDraft } from './questionnaire-draft';

/** Questionnaire drafts in localStorage; blocked or full storage only means forgetting on reload. */
@Injectable({ providedIn: 'root' })
export class QuestionnaireStorage {
  private readonly storage: Storage | null = (() => {
    try {
      return inject(DOCUMENT).defaultView?.localStorage ?? null;
    } catch {
      return null;
    }
  })();

  read(id: string): unknown {
    try {
      const raw = this.storage?.getItem(PREFIX + id);
      return raw ? (JSON.parse(raw) as unknown) : null;
    } catch {
      return null;
    }
  }

  write(id: string, draft: QuestionnaireDraft): void {
    try {
      this.storage?.setItem(PREFIX + id, JSON.stringify(draft));
    } catch {
      // Full or blocked storage: the answers live on in memory for this visit (and on the server).
    }
  }
}
