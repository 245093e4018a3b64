import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { HelpPanelComponent } from '../help-panel.component';
import { formatReturnCode, returnCodeGroups, spellReturnCode } from '../return-code';

/** Handed in: thanks, the return code (large, spelled out for screen readers) and where to go next. */
@Component({
  selector: 'app-questionnaire-done',
  imports: [TranslatePipe, RouterLink, HelpPanelComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../participate.css', './questionnaire.css'],
  template: `
    <section #panel class="confirmation" tabindex="-1" aria-labelledby="q-done-title" data-testid="q-done">
      <h2 id="q-done-title">{{ 'questionnaire.done.heading' | translate }}</h2>
      <p>{{ 'questionnaire.done.text' | translate }}</p>
      @if (showHelp()) {
        <app-help-panel [headingLevel]="3" />
      }
      @if (code(); as c) {
        <h3 class="code-heading">{{ 'participate.done.codeLabel' | translate }}</h3>
        <p
          class="return-code"
          role="img"
          data-testid="return-code"
          [attr.data-code]="c"
          [attr.aria-label]="'participate.done.codeSpoken' | translate: { code: spelled() }"
        >
          @for (g of groups(); track $index) {
            <span>{{ g }}</span>
          }
        </p>
        <p class="keep">{{ 'questionnaire.done.keep' | translate }}</p>
        <div class="actions">
          <button type="button" class="button" (click)="copy(c)">
            {{ 'participate.done.copy' | translate }}
          </button>
          <a class="button" routerLink="/mijn-inbreng">{{ 'participate.done.myInput' | translate }}</a>
          <a class="button primary" [routerLink]="['/r', slug()]">{{
            'questionnaire.toRound' | translate
          }}</a>
        </div>
        <p class="copy-status" role="status">
          @if (copyState() !== 'idle') {
            {{ 'participate.done.' + copyState() | translate }}
          }
        </p>
      }
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
export class QuestionnaireDoneComponent {
  readonly slug = input.required<string>();
  readonly returnCode = input<string | null>(null);
  readonly showHelp = input(false);
  protected readonly code = computed(() => {
    const c = this.returnCode();
    return c ? formatReturnCode(c) : null;
  });
  protected readonly groups = computed(() => returnCodeGroups(this.returnCode() ?? ''));
  protected readonly spelled = computed(() => spellReturnCode(this.returnCode() ?? ''));
  protected readonly copyState = signal<'idle' | 'copied' | 'copyFailed'>('idle');
  private readonly panel = viewChild.required<ElementRef<HTMLElement>>('panel');

  focus(): void {
    this.panel().nativeElement.focus();
    this.panel().nativeElement.scrollIntoView({ block: 'start' });
  }

  protected async copy(code: string): Promise<void> {
    this.copyState.set('idle');
    try {
      await navigator.clipboard.writeText(code);
      this.copyState.set('copied');
    } catch {
      this.copyState.set('copyFailed');
    }
  }
}
