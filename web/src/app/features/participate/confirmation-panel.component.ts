import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CreateSubmissionResponse } from '@inbreng/contracts';
import { EmailCodeComponent } from './email-code.component';
import { HelpPanelComponent } from './help-panel.component';
import { formatReturnCode, returnCodeGroups, spellReturnCode } from './return-code';

/** Step e: thanks, the return code (large, spelled out for screen readers), copy, and what next. */
@Component({
  selector: 'app-confirmation-panel',
  imports: [TranslatePipe, RouterLink, HelpPanelComponent, EmailCodeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './participate.css',
  template: `
    <section #panel class="confirmation" tabindex="-1" aria-labelledby="p-done-title">
      <h2 id="p-done-title">{{ 'participate.done.heading' | translate }}</h2>
      <p>{{ 'participate.done.next' | translate }}</p>
      @if (showHelp() || result().submission.urgent) {
        <app-help-panel [headingLevel]="3" />
      }
      <h3 class="code-heading">{{ 'participate.done.codeLabel' | translate }}</h3>
      <p
        class="return-code"
        role="img"
        data-testid="return-code"
        [attr.data-code]="code()"
        [attr.aria-label]="'participate.done.codeSpoken' | translate: { code: spelled() }"
      >
        @for (g of groups(); track $index) {
          <span>{{ g }}</span>
        }
      </p>
      <p class="keep">{{ 'participate.done.keep' | translate }}</p>
      <div class="actions">
        <button type="button" class="button" (click)="copy()">
          {{ 'participate.done.copy' | translate }}
        </button>
        <a class="button" routerLink="/mijn-inbreng">{{ 'participate.done.myInput' | translate }}</a>
        <button type="button" class="button primary" (click)="addMore.emit()">
          {{ 'participate.done.addMore' | translate }}
        </button>
      </div>
      <p class="copy-status" role="status">
        @if (copyState() !== 'idle') {
          {{ 'participate.done.' + copyState() | translate }}
        }
      </p>
      <app-email-code [code]="code()" [available]="emailAvailable()" />
    </section>
  `,
  styles: `
    .confirmation {
      border: 2px solid var(--color-primary);
      border-radius: var(--radius);
      padding: 0.75rem 1rem 0.25rem;
      margin-bottom: 1.5rem;
    }
    .confirmation:focus {
      outline: 3px solid var(--color-focus);
      outline-offset: 2px;
    }
    h2 {
      margin-top: 0.25rem;
      font-size: 1.35rem;
    }
    .code-heading {
      font-size: 1.05rem;
      margin: 1rem 0 0.25rem;
    }
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
    .copy-status {
      min-height: 1.5em;
      color: var(--color-primary-dark);
      font-weight: 600;
    }
  `,
})
export class ConfirmationPanelComponent {
  readonly result = input.required<CreateSubmissionResponse>();
  /** The page saw crisis signals while typing; the help stays in view after sending. */
  readonly showHelp = input(false);
  /** The round's `emailAvailable`: offer to e-mail the code. */
  readonly emailAvailable = input(false);
  readonly addMore = output<void>();
  protected readonly code = computed(() => formatReturnCode(this.result().returnCode));
  protected readonly groups = computed(() => returnCodeGroups(this.result().returnCode));
  protected readonly spelled = computed(() => spellReturnCode(this.result().returnCode));
  protected readonly copyState = signal<'idle' | 'copied' | 'copyFailed'>('idle');
  private readonly panel = viewChild.required<ElementRef<HTMLElement>>('panel');

  focus(): void {
    this.panel().nativeElement.focus();
    this.panel().nativeElement.scrollIntoView({ block: 'start' });
  }

  protected async copy(): Promise<void> {
    this.copyState.set('idle');
    try {
      await navigator.clipboard.writeText(this.code());
      this.copyState.set('copied');
    } catch {
      this.copyState.set('copyFailed');
    }
  }
}
