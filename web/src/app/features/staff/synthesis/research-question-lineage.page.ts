import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { asResult } from '../shared/result';
import { Crumb, StaffCrumbsComponent } from '../shared/staff-crumbs.component';
import { SynthesisApi } from './synthesis.api';
import { ThemeCountsComponent } from './theme-counts.component';

/** Lineage of a research question: its themes, and the (redacted) submissions behind each, with their groups. */
@Component({
  selector: 'app-research-question-lineage-page',
  imports: [TranslatePipe, RouterLink, StaffCrumbsComponent, ThemeCountsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './research-questions.page.css', './lineage.css'],
  template: `
    <app-staff-crumbs [crumbs]="crumbs()" />
    <h1>{{ 'lineage.questionTitle' | translate }}</h1>
    @if (loaded(); as res) {
      @if (res.ok) {
        @let q = res.value.researchQuestion;
        <blockquote class="question">{{ q.text }}</blockquote>
        <p class="meta-line">
          <span class="tag">{{ 'rq.status.' + q.status | translate }}</span>
          <span class="tag">{{ 'rq.evidence.' + q.evidenceStatus | translate }}</span>
          <span>{{ 'synthesis.theme.submissionCount' | translate: { count: q.submissionCount } }}</span>
        </p>
        @if (q.population) {
          <p>
            <span class="label">{{ 'rq.fields.population' | translate }}:</span> {{ q.population }}
          </p>
        }
        <app-theme-counts [counts]="q.counts" />
        <ul class="actions links">
          <li>
            <a class="button" [routerLink]="['..']">{{ 'lineage.editQuestion' | translate }}</a>
          </li>
        </ul>

        <h2>{{ 'lineage.themesHeading' | translate: { count: res.value.themes.length } }}</h2>
        @for (entry of res.value.themes; track entry.theme.id) {
          <div class="box lineage-theme" role="group" [attr.aria-labelledby]="'lt-' + entry.theme.id">
            <h3 [id]="'lt-' + entry.theme.id">{{ entry.theme.name }}</h3>
            @if (entry.theme.description) {
              <p>{{ entry.theme.description }}</p>
            }
            <app-theme-counts [counts]="entry.theme.counts" />
            <ol
              class="lineage-subs"
              [attr.aria-label]="'lineage.submissionsOf' | translate: { theme: entry.theme.name }"
            >
              @for (s of entry.submissions; track s.id; let i = $index) {
                <li>
                  <p class="who">
                    {{ 'staffGroups.' + s.group | translate }}
                    @if (s.ageBand) {
                      ({{ 'moderation.item.ageBand' | translate: { band: s.ageBand } }})
                    }
                    · {{ 'staffKinds.' + s.kind | translate }} ·
                    {{ 'synthesis.knowledgeTypes.' + s.knowledgeType | translate }}
                  </p>
                  <p class="text">{{ s.text }}</p>
                  <a [routerLink]="['/staff/w', workspaceId(), 'submissions', s.id, 'lineage']"
                    >{{ 'lineage.submissionLink' | translate
                    }}<span class="visually-hidden"> ({{ entry.theme.name }}, {{ i + 1 }})</span></a
                  >
                </li>
              } @empty {
                <li>{{ 'lineage.noSubmissions' | translate }}</li>
              }
            </ol>
          </div>
        } @empty {
          <p>{{ 'lineage.noThemes' | translate }}</p>
        }
      } @else {
        <p class="error" role="alert">{{ res.problem.key | translate }}</p>
      }
    } @else {
      <p role="status">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class ResearchQuestionLineagePage {
  readonly workspaceId = input.required<string>();
  readonly roundId = input.required<string>();
  readonly questionId = input.required<string>();
  private readonly api = inject(SynthesisApi);

  private readonly lineage = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId(), q: this.questionId() }),
    stream: ({ params }) => asResult(this.api.researchQuestionLineage(params.w, params.r, params.q)),
  });
  protected readonly loaded = computed(() => (this.lineage.hasValue() ? this.lineage.value() : undefined));
  protected readonly crumbs = computed<Crumb[]>(() => {
    const base = `/staff/w/${this.workspaceId()}/rounds/${this.roundId()}`;
    return [
      { label: 'staff.title', link: '/staff', query: { w: this.workspaceId() } },
      { label: 'synthesis.workbench.title', link: `${base}/synthesis` },
      { label: 'rq.listTitle', link: `${base}/research-questions` },
      { label: 'rq.editTitle', link: `${base}/research-questions/${this.questionId()}` },
      { label: 'lineage.questionTitle' },
    ];
  });
}
