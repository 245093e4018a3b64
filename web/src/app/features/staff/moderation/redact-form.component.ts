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
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TEXT_MAX } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';

export interface RedactChoice {
  text: string;
  approve: boolean;
}

/** Edit the redacted text, then save it (item stays pending) or save and approve. */
@Component({
  selector: 'app-redact-form',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/staff.css',
  template: `
    <div class="box no-shortcuts">
      <div class="field">
        <label [for]="prefix() + '-redacted'">{{ 'moderation.redact.label' | translate }}</label>
        <p class="hint" [id]="prefix() + '-redacted-hint'">{{ 'moderation.redact.hint' | translate }}</p>
        <textarea
          #box
          rows="6"
          [id]="prefix() + '-redacted'"
          [formControl]="text"
          [attr.maxlength]="max"
          [attr.aria-invalid]="empty()"
          [attr.aria-describedby]="
            prefix() + '-redacted-hint' + (empty() ? ' ' + prefix() + '-redacted-error' : '')
          "
        ></textarea>
        @if (empty()) {
          <p class="field-error" [id]="prefix() + '-redacted-error'">
            {{ 'moderation.redact.required' | translate }}
          </p>
        }
      </div>
      <div class="actions">
        <button type="button" class="button primary" [disabled]="busy()" (click)="done(true)">
          {{ 'moderation.redact.saveApprove' | translate }}
        </button>
        <button type="button" class="button" [disabled]="busy()" (click)="done(false)">
          {{ 'moderation.redact.save' | translate }}
        </button>
        <button type="button" class="button" (click)="cancelled.emit()">
          {{ 'staffArea.cancel' | translate }}
        </button>
      </div>
    </div>
  `,
})
export class RedactFormComponent {
  readonly prefix = input.required<string>();
  readonly initial = input.required<string>();
  readonly busy = input(false);
  readonly chosen = output<RedactChoice>();
  readonly cancelled = output<void>();
  protected readonly max = TEXT_MAX + 200;
  protected readonly text = new FormControl('', { nonNullable: true });
  protected readonly empty = signal(false);
  private readonly box = viewChild.required<ElementRef<HTMLTextAreaElement>>('box');

  constructor() {
    afterNextRender(() => {
      this.text.setValue(this.initial());
      this.box().nativeElement.focus();
    });
  }

  protected done(approve: boolean): void {
    const text = this.text.value.trim();
    this.empty.set(text.length === 0);
    if (!text) {
      this.box().nativeElement.focus();
      return;
    }
    this.chosen.emit({ text, approve });
  }
}
