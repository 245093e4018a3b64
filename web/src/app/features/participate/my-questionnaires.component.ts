import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { MyQuestionnaireTrace, PublicSubmission } from '@inbreng/contracts';
import { PluralPipe } from '../../core/plural.pipe';
import { LanguageService } from '../../core/i18n';
import { LocalDatePipe } from './local-date.pipe';

/** How much of a submission's (public) text names the link to it. */
const EXCERPT_LENGTH = 60;

/**
 * "Vragenlijsten" on Mijn inbreng: each questionnaire answered with the code, handed in or not, how many
 * questions were answered, where open answers went on as input, and a way back into an unfinished one.
 * The answers themselves are not shown (see `MyQuestionnaireTrace`); the download has them.
 */
@Component({
  selector: 'app-my-questionnaires',
  imports: [TranslatePipe, PluralPipe, RouterLink, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="mq" aria-labelledby="mq-title" data-testid="my-questionnaires">
      <h3 id="mq-title">{{ 'myQuestionnaires.title' | translate }}</h3>
      <p>{{ 'myQuestionnaires.count' | plural: questionnaires().length }}</p>
      <p class="meta">{{ 'myQuestionnaires.privacy' | translate }}</p>
      <ul class="mq-list">
        @for (r of questionnaires(); track r.questionnaire.id) {
          <li class="mq-item" data-testid="my-questionnaire">
            <div class="mq-head">
              <h4 class="mq-name">{{ r.questionnaire.title }}</h4>
              <p class="mq-badge" [class]="'mq-badge mq-badge-' + r.status">
                <span class="visually-hidden">{{ 'myInput.statusLabel' | translate }}</span>
                {{ 'myQuestionnaires.status.' + r.status | translate }}
              </p>
            </div>
            <p class="meta">
              @if (r.submittedAt) {
                {{ 'myQuestionnaires.handedInOn' | translate: { date: (r.submittedAt | localDate: lang()) } }}
              } @else {
                {{ 'myQuestionnaires.savedOn' | translate: { date: (r.updatedAt | localDate: lang()) } }}
              }
            </p>
            <p>{{ 'myQuestionnaires.answered' | plural: r.answeredCount }}</p>
            @if (r.submissionIds.length) {
              <p>{{ 'myQuestionnaires.forwarded' | plural: r.submissionIds.length }}</p>
              <ul class="mq-links">
                @for (id of r.submissionIds; track id) {
                  <li>
                    <a [attr.href]="'/mijn-inbreng#mi-sub-' + id" (click)="jump($event, id)">{{
                      'myQuestionnaires.toSubmission' | translate: { text: excerpt(id) }
                    }}</a>
                  </li>
                }
              </ul>
            }
            @if (r.continueUrl) {
              <p>{{ 'myQuestionnaires.notDone' | translate }}</p>
              <p>
                <a class="button primary" [routerLink]="r.continueUrl">
                  {{ 'myQuestionnaires.continue' | translate }}
                  <!-- the title tells several links apart for screen readers; the visible text stays short -->
                  <span class="visually-hidden">({{ r.questionnaire.title }})</span>
                </a>
              </p>
            } @else if (r.status === 'in_progress') {
              <p>{{ 'myQuestionnaires.closed' | translate }}</p>
            }
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    .mq {
      margin: 1.5rem 0 1rem;
    }
    .mq-list,
    .mq-links {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .mq-item {
      border: 1px solid #d5dde0;
      border-radius: var(--radius);
      padding: 0.75rem 1rem;
      margin-bottom: 0.75rem;
    }
    .mq-head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem;
    }
    .mq-name {
      font-size: 1.1rem;
      margin: 0;
      overflow-wrap: anywhere;
    }
    .mq-badge {
      display: inline-block;
      margin: 0;
      padding: 0.15rem 0.6rem;
      border-radius: 999px;
      font-weight: 700;
      font-size: 0.9rem;
      border: 2px solid currentColor;
    }
    .mq-badge-in_progress {
      color: #4a3b00;
      background: #fff3c4;
    }
    .mq-badge-submitted {
      color: #0d4a1f;
      background: #dff3e4;
    }
    .meta {
      margin: 0.25rem 0;
      color: var(--color-muted);
    }
    .mq-links a {
      display: inline-block;
      min-height: 44px;
      padding: 0.6rem 0;
      overflow-wrap: anywhere;
    }
  `,
})
export class MyQuestionnairesComponent {
  readonly questionnaires = input.required<MyQuestionnaireTrace[]>();
  /** The submissions listed on the page, to name the links to those made from open answers. */
  readonly submissions = input.required<PublicSubmission[]>();
  protected readonly lang = inject(LanguageService).current;
  private readonly document = inject(DOCUMENT);

  protected excerpt(id: string): string {
    const text =
      this.submissions()
        .find((s) => s.id === id)
        ?.text.trim() ?? '';
    return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…` : text;
  }

  /** To the submission on this page; focus goes with it, so keyboard and screen reader users land there too. */
  protected jump(event: Event, id: string): void {
    const target = this.document.getElementById(`mi-sub-${id}`);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start' });
    target.focus();
  }
}
