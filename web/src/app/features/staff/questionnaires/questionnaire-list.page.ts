import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n';
import { asResult } from '../shared/result';
import { Crumb, StaffCrumbsComponent } from '../shared/staff-crumbs.component';
import { StaffDatePipe } from '../shared/staff-date.pipe';
import { StaffRoundsApi } from '../shared/staff-rounds.api';
import { StaffQuestionnairesApi } from './staff-questionnaires.api';

/** The questionnaires of one round: status, version, responses, and links to build and see results. */
@Component({
  selector: 'app-questionnaire-list-page',
  imports: [TranslatePipe, RouterLink, StaffCrumbsComponent, StaffDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/staff.css',
  template: `
    <app-staff-crumbs [crumbs]="crumbs()" />
    <h1>
      {{ 'qList.title' | translate }}
      @if (roundTitle(); as t) {
        <span class="visually-hidden">: </span><span class="subtitle">{{ t }}</span>
      }
    </h1>
    <p>
      <a
        class="button primary"
        [routerLink]="['/staff/w', workspaceId(), 'rounds', roundId(), 'questionnaires', 'new']"
      >
        <span aria-hidden="true">+</span> {{ 'qList.new' | translate }}
      </a>
    </p>
    @if (list.hasValue()) {
      @let res = list.value();
      @if (res.ok) {
        @if (res.value.length) {
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">
                {{
                  'qList.title' | translate
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'qList.name' | translate }}</th>
                  <th scope="col">{{ 'qList.audience' | translate }}</th>
                  <th scope="col">{{ 'qList.status' | translate }}</th>
                  <th scope="col">{{ 'qList.responses' | translate }}</th>
                  <th scope="col">{{ 'qList.updated' | translate }}</th>
                  <th scope="col">{{ 'staffArea.actions' | translate }}</th>
                </tr>
              </thead>
              <tbody>
                @for (q of res.value; track q.id) {
                  <tr>
                    <td>{{ q.title }}</td>
                    <td>
                      @for (g of q.audience; track g; let last = $last) {
                        {{ 'staffGroups.' + g | translate }}{{ last ? '' : ', ' }}
                      }
                    </td>
                    <td>
                      {{ 'questionnaireStatus.' + q.status | translate }}
                      <span class="meta">{{ 'qList.version' | translate: { version: q.version } }}</span>
                    </td>
                    <td>
                      {{
                        'qList.counts' | translate: { submitted: q.submittedCount, started: q.responseCount }
                      }}
                    </td>
                    <td>{{ q.updatedAt | staffDate: lang() }}</td>
                    <td class="row-links">
                      <a
                        [routerLink]="[
                          '/staff/w',
                          workspaceId(),
                          'rounds',
                          roundId(),
                          'questionnaires',
                          q.id,
                        ]"
                        >{{ 'qList.edit' | translate }}<span class="visually-hidden">: {{ q.title }}</span></a
                      >
                      <a
                        [routerLink]="[
                          '/staff/w',
                          workspaceId(),
                          'rounds',
                          roundId(),
                          'questionnaires',
                          q.id,
                          'results',
                        ]"
                        >{{ 'qList.results' | translate
                        }}<span class="visually-hidden">: {{ q.title }}</span></a
                      >
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <p>{{ 'qList.none' | translate }}</p>
        }
      } @else {
        <p class="error" role="alert">{{ res.problem.key | translate }}</p>
      }
    } @else {
      <p role="status">{{ 'common.loading' | translate }}</p>
    }
  `,
  styles: `
    .subtitle {
      display: block;
      font-size: 1.1rem;
      font-weight: 400;
      color: var(--color-muted);
    }
    .meta {
      display: block;
    }
    .row-links {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .row-links a {
      display: inline-block;
      padding: 0.6rem 0;
    }
  `,
})
export class QuestionnaireListPage {
  readonly workspaceId = input.required<string>();
  readonly roundId = input.required<string>();
  protected readonly lang = inject(LanguageService).current;
  private readonly api = inject(StaffQuestionnairesApi);
  private readonly rounds = inject(StaffRoundsApi);
  protected readonly list = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId() }),
    stream: ({ params }) => asResult(this.api.list(params.w, params.r)),
  });
  private readonly round = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId() }),
    stream: ({ params }) => asResult(this.rounds.get(params.w, params.r)),
  });
  protected readonly roundTitle = computed(() => {
    const r = this.round.hasValue() ? this.round.value() : undefined;
    return r?.ok ? r.value.title : null;
  });
  protected readonly crumbs = computed<Crumb[]>(() => {
    const w = this.workspaceId();
    const title = this.roundTitle();
    return [
      { label: 'staff.title', link: '/staff', query: { w } },
      title
        ? { label: title, plain: true, link: `/staff/w/${w}/rounds/${this.roundId()}` }
        : { label: 'roundAdmin.editTitle', link: `/staff/w/${w}/rounds/${this.roundId()}` },
      { label: 'qList.title' },
    ];
  });
}
