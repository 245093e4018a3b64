import { ChangeDetectionStrategy, Component, ElementRef, computed, input, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { FieldProblem, Message } from './validation';

/** Any form's problem: the ballot page uses this summary too, with its own field names. */
export type SummaryProblem = Omit<FieldProblem, 'field'> & { field: string };

/**
 * Error summary at the top of a form: a heading, then one link per problem that moves focus to the
 * field. The page calls `focus()` after a failed submit, so screen readers read it at once.
 */
@Component({
  selector: 'app-participate-error-summary',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (visible()) {
      <div #box class="error-summary" tabindex="-1" role="group" aria-labelledby="p-error-summary-title">
        <h2 id="p-error-summary-title">{{ 'participate.errors.summaryTitle' | translate }}</h2>
        <ul>
          @for (p of problems(); track p.field) {
            <li>
              <a [href]="'#' + p.target" (click)="goTo($event, p.target)">{{
                p.message.key | translate: p.message.params
              }}</a>
            </li>
          }
          @if (general(); as g) {
            <li>{{ g.key | translate: g.params }}</li>
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
export class ParticipateErrorSummaryComponent {
  readonly problems = input<readonly SummaryProblem[]>([]);
  /** A problem that belongs to no single field (network, closed round …). */
  readonly general = input<Message | null>(null);
  protected readonly visible = computed(() => this.problems().length > 0 || this.general() !== null);
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
