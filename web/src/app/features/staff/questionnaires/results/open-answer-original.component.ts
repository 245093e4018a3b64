import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { OpenAnswerItem, OpenAnswerOriginal } from '@inbreng/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiProblem, toApiProblem } from '../../shared/api-problem';
import { StaffQuestionnairesApi } from '../staff-questionnaires.api';

/**
 * "Toon origineel" for one redacted or flagged open answer (moderators only). The original is fetched on
 * each show and never kept after hiding: the API audits every view, so a look is always a deliberate act.
 * Focus moves to the original when shown and back to the button when hidden; a live region says which.
 */
@Component({
  selector: 'app-open-answer-original',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/staff.css', './results.css'],
  template: `
    @let base = 'orig-' + answer().responseId + '-' + answer().questionKey + '-' + answer().source;
    @if (original(); as o) {
      <div class="original" role="group" [id]="base" [attr.aria-labelledby]="base + '-label'">
        <p class="original-label" [id]="base + '-label'" tabindex="-1" #label>
          <strong>{{ 'qResults.open.original.label' | translate }}</strong>
        </p>
        <p class="answer-text" data-testid="original-text">{{ o.originalText }}</p>
        <button type="button" class="button small" (click)="hide()">
          {{ 'qResults.open.original.hide' | translate }}
        </button>
      </div>
    } @else {
      <button
        type="button"
        class="button small"
        [id]="base + '-show'"
        [disabled]="loading()"
        [attr.aria-describedby]="base + '-hint'"
        (click)="show()"
      >
        {{ 'qResults.open.original.show' | translate }}
      </button>
      <span class="visually-hidden" [id]="base + '-hint'">{{
        'qResults.open.original.hint' | translate
      }}</span>
    }
    <p role="status" class="visually-hidden">
      @if (said(); as key) {
        {{ key | translate }}
      }
    </p>
    @if (problem(); as p) {
      <p class="error" role="alert">{{ p.key | translate }}</p>
    }
  `,
})
export class OpenAnswerOriginalComponent {
  readonly workspaceId = input.required<string>();
  readonly questionnaireId = input.required<string>();
  readonly answer = input.required<OpenAnswerItem>();

  private readonly api = inject(StaffQuestionnairesApi);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly original = signal<OpenAnswerOriginal | null>(null);
  protected readonly loading = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly said = signal<string | null>(null);
  private readonly label = viewChild<ElementRef<HTMLElement>>('label');

  protected async show(): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      const o = await firstValueFrom(
        this.api.original(this.workspaceId(), this.questionnaireId(), this.answer()),
      );
      this.original.set(o);
      this.said.set('qResults.open.original.shown');
      afterNextRender(() => this.label()?.nativeElement.focus(), { injector: this.injector });
    } catch (err) {
      this.problem.set(toApiProblem(err));
    } finally {
      this.loading.set(false);
    }
  }

  protected hide(): void {
    this.original.set(null);
    this.said.set('qResults.open.original.hidden');
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('button')?.focus(), {
      injector: this.injector,
    });
  }
}
