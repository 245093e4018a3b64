import { ChangeDetectionStrategy, Component, ElementRef, computed, input, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { FieldProblem } from './form-problem';
import type { ApiProblem } from './api-problem';

/**
 * GOV.UK-style error summary: a heading, then one link per problem that moves focus to the field.
 * The parent calls `focus()` after a failed submit so screen readers read it at once.
 */
@Component({
  selector: 'app-error-summary',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (visible()) {
      <div #box class="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title">
          @if (problems().length) {
            {{ 'staffArea.errorSummary' | translate: { count: problems().length } }}
          } @else {
            {{ 'staffArea.saveFailed' | translate }}
          }
        </h2>
        <ul>
          @for (p of problems(); track p.id) {
            <li>
              <a [href]="'#' + p.id" (click)="goTo($event, p.id)"
                >{{ p.label.key | translate: p.label.params }}:
                {{ p.message.key | translate: p.message.params }}</a
              >
            </li>
          }
          @if (api(); as a) {
            <li>{{ a.key | translate }}</li>
            @for (line of a.lines; track $index) {
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
    .error-summary h2 {
      font-size: 1.15rem;
      margin: 0 0 0.5rem;
    }
    .error-summary ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    .error-summary a {
      color: var(--color-error);
      font-weight: 600;
      display: block;
      padding: 0.5rem 0;
    }
  `,
})
export class ErrorSummaryComponent {
  readonly problems = input<FieldProblem[]>([]);
  readonly api = input<ApiProblem | null>(null);
  protected readonly visible = computed(() => this.problems().length > 0 || this.api() !== null);
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
