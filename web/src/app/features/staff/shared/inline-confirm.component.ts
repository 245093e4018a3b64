import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/**
 * An inline "are you sure?" under the button that asked: the question (already translated, naming what
 * would go), a "yes" and a "no". Escape counts as "no". The caller moves focus to `<confirmId>` when it
 * opens and back to its button on `cancelled`.
 */
@Component({
  selector: 'app-inline-confirm',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './staff.css',
  template: `
    <div class="notice" role="group" [attr.aria-labelledby]="confirmId()" (keydown.escape)="cancelled.emit()">
      <p [id]="confirmId()" tabindex="-1">
        <strong>{{ question() }}</strong>
      </p>
      <div class="actions">
        <button type="button" class="button danger" (click)="confirmed.emit()">{{ yesLabel() }}</button>
        <button type="button" class="button" (click)="cancelled.emit()">{{ noLabel() }}</button>
      </div>
    </div>
  `,
})
export class InlineConfirmComponent {
  readonly confirmId = input.required<string>();
  readonly question = input.required<string>();
  readonly yesLabel = input.required<string>();
  readonly noLabel = input.required<string>();
  readonly confirmed = output<void>();
  readonly cancelled = output<void>();
}
