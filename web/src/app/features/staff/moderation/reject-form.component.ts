import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { REJECTION_REASONS, type RejectionReason } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';

export interface RejectChoice {
  reason: RejectionReason;
  note: string;
}

/** Reason pick list plus an optional note the participant will see. */
@Component({
  selector: 'app-reject-form',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/staff.css',
  template: `
    <form class="box no-shortcuts" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <fieldset [attr.aria-describedby]="missing() ? prefix() + '-reason-error' : null">
        <legend>{{ 'moderation.reject.legend' | translate }}</legend>
        @if (missing()) {
          <p class="field-error" [id]="prefix() + '-reason-error'">
            {{ 'moderation.reject.required' | translate }}
          </p>
        }
        @for (r of reasons; track r) {
          <div class="check">
            <input
              #firstRadio
              type="radio"
              formControlName="reason"
              [id]="prefix() + '-' + r"
              [value]="r"
              [attr.aria-invalid]="missing()"
            />
            <label [for]="prefix() + '-' + r">{{ 'staffReasons.' + r | translate }}</label>
          </div>
        }
      </fieldset>
      <div class="field">
        <label [for]="prefix() + '-note'">{{ 'moderation.reject.note' | translate }}</label>
        <p class="hint" [id]="prefix() + '-note-hint'">{{ 'moderation.reject.noteHint' | translate }}</p>
        <textarea
          rows="2"
          maxlength="500"
          formControlName="note"
          [id]="prefix() + '-note'"
          [attr.aria-describedby]="prefix() + '-note-hint'"
        ></textarea>
      </div>
      <div class="actions">
        <button type="submit" class="button primary" [disabled]="busy()">
          {{ 'moderation.reject.submit' | translate }}
        </button>
        <button type="button" class="button" (click)="cancelled.emit()">
          {{ 'staffArea.cancel' | translate }}
        </button>
      </div>
    </form>
  `,
})
export class RejectFormComponent {
  /** Unique per item, for element ids. */
  readonly prefix = input.required<string>();
  readonly busy = input(false);
  readonly chosen = output<RejectChoice>();
  readonly cancelled = output<void>();
  protected readonly reasons = REJECTION_REASONS;
  protected readonly missing = signal(false);
  protected readonly form = new FormGroup({
    reason: new FormControl<RejectionReason | null>(null, { validators: [Validators.required] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
  });
  private readonly firstRadio = viewChild<ElementRef<HTMLInputElement>>('firstRadio');

  constructor() {
    afterNextRender(() => this.firstRadio()?.nativeElement.focus());
  }

  protected submit(): void {
    const { reason, note } = this.form.getRawValue();
    if (!reason) {
      this.missing.set(true);
      this.firstRadio()?.nativeElement.focus();
      return;
    }
    this.missing.set(false);
    this.chosen.emit({ reason, note: note.trim() });
  }
}
