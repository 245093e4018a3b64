import { ChangeDetectionStrategy, Component, ElementRef, computed, input, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** An i18n key with its parameters. */
export interface SummaryMessage {
  key: string;
  params?: Record<string, string | number>;
}

/** One problem with one field: its link moves focus to the control with id `target`. */
export interface SummaryProblem {
  target: string;
  message: SummaryMessage;
  /** The field's name, shown before the message ("Titel: Vul dit in."); left out when the message names it. */
  label?: SummaryMessage;
}

/** A problem of the form as a whole (network, closed round, refused save), with the server's own lines. */
export interface SummaryGeneral extends SummaryMessage {
  lines?: readonly string[];
}

/** Participants read B1 Dutch; staff get a count and "saving failed" when only the server refused. */
const TITLES = {
  participant: { problems: 'participate.errors.summaryTitle', failed: 'participate.errors.summaryTitle' },
  staff: { problems: 'staffArea.errorSummary', failed: 'staffArea.saveFailed' },
} as const;

let nextId = 0;

/**
 * GOV.UK-style error summary at the top of a form, for participant and staff forms alike: a heading,
 * one link per problem that moves focus to its field, then what belongs to no single field. The form
 * calls `focus()` after a failed submit, so screen readers read the summary at once.
 */
@Component({
  selector: 'app-error-summary',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (visible()) {
      <div #box class="error-summary" tabindex="-1" role="group" [attr.aria-labelledby]="titleId">
        <h2 [id]="titleId">{{ title() | translate: { count: problems().length } }}</h2>
        <ul>
          @for (p of problems(); track $index) {
            <li>
              <a [href]="'#' + p.target" (click)="goTo($event, p.target)">
                @if (p.label; as label) {
                  {{ label.key | translate: label.params }}:
                }
                {{ p.message.key | translate: p.message.params }}</a
              >
            </li>
          }
          @if (general(); as g) {
            <li>{{ g.key | translate: g.params }}</li>
            @for (line of g.lines ?? []; track $index) {
              <li>{{ line }}</li>
            }
          }
        </ul>
      </div>
    }
  `,
  styles: `
    .error-summary {
      border: 3px solid var(--color-error);
      border-radius: var(--radius);
      padding: 0.75rem 1rem;
      margin-bottom: 1.25rem;
    }
    h2 {
      font-size: 1.15rem;
      margin: 0 0 0.5rem;
    }
    ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    li {
      color: var(--color-error);
      font-weight: 600;
    }
    a {
      color: var(--color-error);
      display: inline-block;
      min-height: 44px;
      padding: 0.6rem 0;
    }
  `,
})
export class ErrorSummaryComponent {
  /** Whose form it is: sets the heading's wording. */
  readonly audience = input.required<keyof typeof TITLES>();
  readonly problems = input<readonly SummaryProblem[]>([]);
  readonly general = input<SummaryGeneral | null>(null);
  protected readonly titleId = `error-summary-title-${++nextId}`;
  protected readonly visible = computed(() => this.problems().length > 0 || this.general() !== null);
  protected readonly title = computed(() => {
    const titles = TITLES[this.audience()];
    return this.problems().length ? titles.problems : titles.failed;
  });
  private readonly box = viewChild<ElementRef<HTMLElement>>('box');

  focus(): void {
    this.box()?.nativeElement.focus();
  }

  protected goTo(event: Event, id: string): void {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  }
}
