import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import {
  QUESTIONNAIRE_TRANSITIONS,
  type QuestionnaireStatus,
  type StaffQuestionnaireResponse,
} from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { LifecycleComponent } from '../../shared/lifecycle.component';
import { StaffQuestionnairesApi } from '../staff-questionnaires.api';

/** "open" from closed is a re-opening; the buttons and confirmations say so. */
export function actionKey(from: QuestionnaireStatus, to: QuestionnaireStatus): string {
  return from === 'closed' && to === 'open' ? 'reopen' : to;
}

/** Status and version of a questionnaire and the allowed next steps. */
@Component({
  selector: 'app-qb-lifecycle',
  imports: [TranslatePipe, LifecycleComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../../shared/staff.css',
  template: `
    <app-lifecycle
      textPrefix="qBuilder.lifecycle"
      statusPrefix="questionnaireStatus."
      idPrefix="qb-"
      statusTestId="questionnaire-status"
      [status]="questionnaire().status"
      [next]="next()"
      [actionKey]="actionKey"
      [transition]="transition"
      [disabled]="dirty()"
      (changed)="changed.emit($event)"
    >
      <span extra
        >· {{ 'qBuilder.lifecycle.version' | translate: { version: questionnaire().version } }}</span
      >
      @if (dirty() && next().includes('open')) {
        <p hint class="hint">{{ 'qBuilder.lifecycle.saveFirst' | translate }}</p>
      }
    </app-lifecycle>
  `,
})
export class QuestionnaireLifecycleComponent {
  readonly workspaceId = input.required<string>();
  readonly questionnaire = input.required<StaffQuestionnaireResponse>();
  /** Unsaved edits: opening would publish something else than what the builder shows. */
  readonly dirty = input(false);
  readonly changed = output<StaffQuestionnaireResponse>();

  private readonly api = inject(StaffQuestionnairesApi);
  protected readonly next = computed(() => QUESTIONNAIRE_TRANSITIONS[this.questionnaire().status]);
  protected readonly actionKey = actionKey;
  protected readonly transition = (to: QuestionnaireStatus) =>
    this.api.transition(this.workspaceId(), this.questionnaire().id, to);
}
