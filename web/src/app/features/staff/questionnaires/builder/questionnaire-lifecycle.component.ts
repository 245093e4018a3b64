import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  QUESTIONNAIRE_TRANSITIONS,
  type QuestionnaireStatus,
  type StaffQuestionnaireResponse,
} from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ApiProblem, toApiProblem } from '../../shared/api-problem';
import { StaffQuestionnairesApi } from '../staff-questionnaires.api';

/** "open" from closed is a re-opening; the buttons and confirmations say so. */
export function actionKey(from: QuestionnaireStatus, to: QuestionnaireStatus): string {
  return from === 'closed' && to === 'open' ? 'reopen' : to;
}

/** Status of a questionnaire and the allowed next steps, each behind a confirmation. */
@Component({
  selector: 'app-qb-lifecycle',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../../shared/staff.css',
  template: `
    <section class="box" aria-labelledby="qb-lifecycle-title">
      <h2 id="qb-lifecycle-title" #heading tabindex="-1">{{ 'qBuilder.lifecycle.title' | translate }}</h2>
      <p>
        {{ 'qBuilder.lifecycle.current' | translate }}
        <strong class="status" data-testid="questionnaire-status">{{
          'questionnaireStatus.' + questionnaire().status | translate
        }}</strong>
        · {{ 'qBuilder.lifecycle.version' | translate: { version: questionnaire().version } }}
      </p>
      <p role="status" class="success">
        @if (done(); as d) {
          {{ 'qBuilder.lifecycle.done' | translate: { status: ('questionnaireStatus.' + d | translate) } }}
        }
      </p>
      @if (problem(); as p) {
        <div class="error" role="alert">
          <p>{{ p.key | translate }}</p>
          @for (line of p.lines; track $index) {
            <p>{{ line }}</p>
          }
        </div>
      }
      @if (dirty() && next().includes('open')) {
        <p class="hint">{{ 'qBuilder.lifecycle.saveFirst' | translate }}</p>
      }
      @if (confirming(); as to) {
        <div class="notice" role="group" aria-labelledby="qb-lifecycle-confirm">
          <p id="qb-lifecycle-confirm" #confirmText tabindex="-1">
            <strong>{{ 'qBuilder.lifecycle.confirm.' + key(to) | translate }}</strong>
          </p>
          <div class="actions">
            <button type="button" class="button primary" [disabled]="busy()" (click)="confirm(to)">
              {{ 'qBuilder.lifecycle.yes.' + key(to) | translate }}
            </button>
            <button type="button" class="button" (click)="cancel()">
              {{ 'staffArea.cancel' | translate }}
            </button>
          </div>
        </div>
      } @else {
        <div class="actions">
          @for (to of next(); track to) {
            <button
              type="button"
              class="button"
              [id]="'qb-transition-' + to"
              [disabled]="dirty()"
              (click)="ask(to)"
            >
              {{ 'qBuilder.lifecycle.action.' + key(to) | translate }}
            </button>
          }
        </div>
      }
    </section>
  `,
})
export class QuestionnaireLifecycleComponent {
  readonly workspaceId = input.required<string>();
  readonly questionnaire = input.required<StaffQuestionnaireResponse>();
  /** Unsaved edits: opening would publish something else than what the builder shows. */
  readonly dirty = input(false);
  readonly changed = output<StaffQuestionnaireResponse>();

  private readonly api = inject(StaffQuestionnairesApi);
  private readonly injector = inject(Injector);
  protected readonly next = computed(() => QUESTIONNAIRE_TRANSITIONS[this.questionnaire().status]);
  protected readonly confirming = signal<QuestionnaireStatus | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal<QuestionnaireStatus | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly confirmText = viewChild<ElementRef<HTMLElement>>('confirmText');

  protected key(to: QuestionnaireStatus): string {
    return actionKey(this.questionnaire().status, to);
  }

  protected ask(to: QuestionnaireStatus): void {
    this.problem.set(null);
    this.done.set(null);
    this.confirming.set(to);
    afterNextRender(() => this.confirmText()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    const to = this.confirming();
    this.confirming.set(null);
    afterNextRender(() => (to ? document.getElementById(`qb-transition-${to}`)?.focus() : undefined), {
      injector: this.injector,
    });
  }

  protected async confirm(to: QuestionnaireStatus): Promise<void> {
    this.busy.set(true);
    const q = this.questionnaire();
    try {
      const updated = await firstValueFrom(this.api.transition(this.workspaceId(), q.id, to));
      this.done.set(updated.status);
      this.changed.emit(updated);
    } catch (err) {
      this.problem.set(toApiProblem(err));
    } finally {
      this.confirming.set(null);
      this.busy.set(false);
      afterNextRender(() => this.heading().nativeElement.focus(), { injector: this.injector });
    }
  }
}
