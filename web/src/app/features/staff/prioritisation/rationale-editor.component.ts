import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LIMITS } from './prioritisation-logic';

export interface RationaleSave {
  questionId: string;
  rationale: string;
}

/** The moderators' reason for one question's place on the agenda (shown when published). */
@Component({
  selector: 'app-rationale-editor',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './prioritisation.css'],
  template: `
    <form novalidate class="rationale" (submit)="submit($event)" [attr.aria-busy]="busy()">
      <div class="field">
        <label [for]="'pr-rationale-' + questionId()">
          <span class="rank-badge">{{ rankText() }}</span> {{ text() }}
        </label>
        <p [id]="'pr-rationale-hint-' + questionId()" class="hint">
          {{ 'prioritisation.rationale.hint' | translate: { max: max } }}
        </p>
        @if (tooLong()) {
          <p [id]="'pr-rationale-error-' + questionId()" class="field-error">
            {{ 'prioritisation.rationale.tooLong' | translate: { max: max } }}
          </p>
        }
        <textarea
          rows="3"
          [id]="'pr-rationale-' + questionId()"
          [value]="draft()"
          [attr.aria-invalid]="tooLong() ? true : null"
          [attr.aria-describedby]="
            tooLong()
              ? 'pr-rationale-hint-' + questionId() + ' pr-rationale-error-' + questionId()
              : 'pr-rationale-hint-' + questionId()
          "
          (input)="draft.set(value($event))"
        ></textarea>
      </div>
      <div class="actions">
        <button
          type="submit"
          class="button"
          [disabled]="busy() || tooLong() || !changed()"
          [attr.aria-describedby]="'pr-rationale-' + questionId()"
        >
          {{ 'prioritisation.rationale.save' | translate }}
        </button>
        <span role="status" [class.success]="state() === 'saved'" [class.error]="state() === 'failed'">
          @if (state() === 'saved') {
            {{ 'prioritisation.rationale.saved' | translate }}
          } @else if (state() === 'failed') {
            {{ 'prioritisation.rationale.failed' | translate }}
          }
        </span>
      </div>
    </form>
  `,
})
export class RationaleEditorComponent {
  readonly questionId = input.required<string>();
  readonly text = input.required<string>();
  readonly rankText = input.required<string>();
  readonly saved = input.required<string>();
  readonly busy = input(false);
  readonly state = input<'idle' | 'saved' | 'failed'>('idle');
  readonly save = output<RationaleSave>();
  protected readonly max = LIMITS.rationale;

  /** Follows the saved text (e.g. after a reload) until the moderator types. */
  protected readonly draft = linkedSignal(() => this.saved());
  protected readonly tooLong = computed(() => this.draft().length > LIMITS.rationale);
  protected readonly changed = computed(() => this.draft().trim() !== this.saved().trim());

  protected value(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.tooLong() || this.busy()) return;
    this.save.emit({ questionId: this.questionId(), rationale: this.draft() });
  }
}
