import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { formatReturnCode, returnCodeGroups, spellReturnCode } from './return-code';

/**
 * The return code, large and spelled out for screen readers, with a copy button; shown after a
 * submission, a questionnaire and a ballot. Links for what to do next can be projected beside the
 * copy button.
 */
@Component({
  selector: 'app-return-code-box',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p
      class="return-code"
      role="img"
      data-testid="return-code"
      [attr.data-code]="formatted()"
      [attr.aria-label]="'participate.done.codeSpoken' | translate: { code: spelled() }"
    >
      @for (g of groups(); track $index) {
        <span>{{ g }}</span>
      }
    </p>
    <p class="keep">{{ keepKey() | translate }}</p>
    <div class="actions">
      <button type="button" class="button" (click)="copy()">{{ 'participate.done.copy' | translate }}</button>
      <ng-content />
    </div>
    <p class="copy-status" role="status">
      @if (copyState() !== 'idle') {
        {{ 'participate.done.' + copyState() | translate }}
      }
    </p>
  `,
  styles: `
    .return-code {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
      font-size: clamp(1.5rem, 7vw, 2rem);
      font-weight: 700;
      letter-spacing: 0.08em;
      background: var(--color-surface);
      border-radius: var(--radius);
      padding: 0.5rem 0.75rem;
      margin: 0 0 0.5rem;
    }
    .keep {
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .copy-status {
      min-height: 1.5em;
      color: var(--color-primary-dark);
      font-weight: 600;
    }
  `,
})
export class ReturnCodeBoxComponent {
  readonly code = input.required<string>();
  /** Translation key of the line that asks to keep the code safe. */
  readonly keepKey = input('participate.done.keep');
  protected readonly formatted = computed(() => formatReturnCode(this.code()));
  protected readonly groups = computed(() => returnCodeGroups(this.code()));
  protected readonly spelled = computed(() => spellReturnCode(this.code()));
  protected readonly copyState = signal<'idle' | 'copied' | 'copyFailed'>('idle');

  protected async copy(): Promise<void> {
    this.copyState.set('idle');
    try {
      await navigator.clipboard.writeText(this.formatted());
      this.copyState.set('copied');
    } catch {
      this.copyState.set('copyFailed');
    }
  }
}
