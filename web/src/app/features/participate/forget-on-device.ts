import { Injectable, inject } from '@angular/core';
import { catchError, firstValueFrom, of } from 'rxjs';
import { ParticipationStorage } from './participation-storage';
import { QuestionnaireApi } from './questionnaire/questionnaire.api';

/**
 * "Forget my code on this device": the code, the drafts and ballots that go with it, and the
 * questionnaire drafts of its rounds (kept by questionnaire id, so the round's list is asked for).
 * Storage is cleared at once; the questionnaire drafts follow when the list arrives (not offline).
 */
@Injectable({ providedIn: 'root' })
export class ForgetOnDevice {
  private readonly storage = inject(ParticipationStorage);
  private readonly questionnaires = inject(QuestionnaireApi);

  /** `slug`: the round on screen, also when the code was only kept inside its draft. */
  forget(code: string, slug?: string): Promise<void> {
    const slugs = this.storage.forgetCodeAndDrafts(code);
    return this.forgetQuestionnaireDrafts(slug ? [...slugs, slug] : slugs);
  }

  /** Every code this device keeps (Mijn inbreng on a shared device). */
  forgetAll(): Promise<void> {
    return this.forgetQuestionnaireDrafts(this.storage.forgetAllCodesAndDrafts());
  }

  private async forgetQuestionnaireDrafts(slugs: string[]): Promise<void> {
    await Promise.all(
      [...new Set(slugs)].map(async (slug) => {
        const list = await firstValueFrom(this.questionnaires.list(slug).pipe(catchError(() => of([]))));
        this.storage.forgetQuestionnaireDrafts(list.map((q) => q.id));
      }),
    );
  }
}
