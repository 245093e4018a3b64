import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { PluralPipe } from '../../../core/plural.pipe';
import type { ParticipantGroup } from '@inbreng/contracts';
import { catchError, of } from 'rxjs';
import { forGroup } from './answer-helpers';
import { QuestionnaireApi } from './questionnaire.api';

/** On the round page: "Vragenlijsten" with a link to each one. Shows nothing when there are none. */
@Component({
  selector: 'app-round-questionnaires',
  imports: [TranslatePipe, PluralPipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../participate.css', './questionnaire.css'],
  template: `
    @if (shown().length) {
      <section
        class="notice questionnaires"
        aria-labelledby="q-list-heading"
        data-testid="round-questionnaires"
      >
        <h2 id="q-list-heading" class="notice-title">{{ 'questionnaire.list.heading' | translate }}</h2>
        <ul>
          @for (q of shown(); track q.id) {
            <li>
              <a [routerLink]="['/r', slug(), 'vragenlijst', q.id]">{{ q.title }}</a>
              <span class="meta">
                {{ 'questionnaire.list.count' | plural: q.questionCount }}
                @if (!group()) {
                  ·
                  {{ 'questionnaire.list.for' | translate }}
                  @for (g of q.audience; track g; let last = $last) {
                    {{ 'groups.' + g | translate }}{{ last ? '' : ', ' }}
                  }
                }
              </span>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .questionnaires ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    .questionnaires li {
      margin-bottom: 0.4rem;
    }
    .questionnaires a {
      font-weight: 700;
      display: inline-block;
      padding: 0.4rem 0;
    }
    .questionnaires .meta {
      display: block;
    }
    .notice-title {
      font-size: 1.2rem;
      margin: 0 0 0.5rem;
    }
  `,
})
export class RoundQuestionnairesComponent {
  readonly slug = input.required<string>();
  readonly group = input<ParticipantGroup | null>(null);
  private readonly api = inject(QuestionnaireApi);
  private readonly list = rxResource({
    params: () => this.slug(),
    // The round page works without questionnaires: a failed list simply shows none.
    stream: ({ params }) => this.api.list(params).pipe(catchError(() => of([]))),
  });
  protected readonly shown = computed(() =>
    forGroup(this.list.hasValue() ? this.list.value() : [], this.group()),
  );
}
