import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { ResearchQuestion } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { PluralPipe } from '../../../core/plural.pipe';
import { firstValueFrom, map } from 'rxjs';
import { ApiProblem, toApiProblem } from '../shared/api-problem';
import { asResult } from '../shared/result';
import { Crumb, StaffCrumbsComponent } from '../shared/staff-crumbs.component';
import { StaffRoundsApi } from '../shared/staff-rounds.api';
import { ResearchQuestionFormComponent } from './research-question-form.component';
import { RqFormValue, emptyRqForm, parseThemeIds, toCreateRq } from './research-question-form';
import { SynthesisApi } from './synthesis.api';
import { ThemeCountsComponent } from './theme-counts.component';
import { partitionThemes } from './workbench-logic';

const STATUS_ORDER = ['final', 'shortlisted', 'draft', 'archived', 'merged'];

/** The research questions of a round, and a form to make a new one from themes. */
@Component({
  selector: 'app-research-questions-page',
  imports: [
    TranslatePipe,
    PluralPipe,
    RouterLink,
    StaffCrumbsComponent,
    ResearchQuestionFormComponent,
    ThemeCountsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './research-questions.page.css'],
  template: `
    <app-staff-crumbs [crumbs]="crumbs()" />
    <h1>
      {{ 'rq.listTitle' | translate }}
      @if (roundTitle(); as t) {
        <span class="visually-hidden">: </span><span class="subtitle">{{ t }}</span>
      }
    </h1>
    <ul class="actions links">
      <li>
        <a class="button" [routerLink]="['/staff/w', workspaceId(), 'rounds', roundId(), 'synthesis']">{{
          'synthesis.nav.workbench' | translate
        }}</a>
      </li>
    </ul>

    <section aria-labelledby="rq-new-title" class="card">
      <h2 id="rq-new-title">{{ 'rq.newTitle' | translate }}</h2>
      <p class="hint">{{ 'rq.newIntro' | translate }}</p>
      @if (themeList(); as t) {
        @if (t.ok) {
          <app-research-question-form
            mode="create"
            [initial]="initial()"
            [themes]="t.value"
            [busy]="busy()"
            [apiProblem]="problem()"
            (save)="create($event)"
          />
        } @else {
          <p class="error" role="alert">{{ t.problem.key | translate }}</p>
        }
      } @else {
        <p role="status">{{ 'common.loading' | translate }}</p>
      }
    </section>

    <section aria-labelledby="rq-list-title">
      <h2 id="rq-list-title">{{ 'rq.listHeading' | translate: { count: count() } }}</h2>
      @if (list(); as res) {
        @if (res.ok) {
          <ol class="questions">
            @for (q of sorted(); track q.id) {
              <li class="box" [class.merged]="q.status === 'merged'">
                <h3>
                  <a [routerLink]="[q.id]">{{ q.text }}</a>
                </h3>
                <p class="meta-line">
                  <span class="tag">{{ 'rq.status.' + q.status | translate }}</span>
                  <span class="tag">{{ 'rq.evidence.' + q.evidenceStatus | translate }}</span>
                  <span>{{ 'rq.themeCount' | plural: q.themeIds.length }}</span> ·
                  <span>{{
                    'synthesis.theme.submissionCount' | translate: { count: q.submissionCount }
                  }}</span>
                </p>
                @if (q.population) {
                  <p>
                    <span class="label">{{ 'rq.fields.population' | translate }}:</span> {{ q.population }}
                  </p>
                }
                <app-theme-counts [counts]="q.counts" />
                <p>
                  <a [routerLink]="[q.id, 'lineage']"
                    >{{ 'rq.lineageLink' | translate }}<span class="visually-hidden">: {{ q.text }}</span></a
                  >
                </p>
              </li>
            } @empty {
              <li>{{ 'rq.none' | translate }}</li>
            }
          </ol>
        } @else {
          <p class="error" role="alert">{{ res.problem.key | translate }}</p>
        }
      } @else {
        <p role="status">{{ 'common.loading' | translate }}</p>
      }
    </section>
  `,
})
export class ResearchQuestionsPage {
  readonly workspaceId = input.required<string>();
  readonly roundId = input.required<string>();
  /** `?themes=a,b`: start the new question from these themes (from the workbench selection). */
  readonly themes = input<string>();

  private readonly api = inject(SynthesisApi);
  private readonly rounds = inject(StaffRoundsApi);
  private readonly router = inject(Router);
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);

  private readonly round = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId() }),
    stream: ({ params }) => asResult(this.rounds.get(params.w, params.r)),
  });
  private readonly listResource = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId() }),
    stream: ({ params }) => asResult(this.api.researchQuestions(params.w, params.r)),
  });
  private readonly themesResource = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId() }),
    stream: ({ params }) =>
      asResult(
        this.api
          .workbench(params.w, params.r, { page: 1, pageSize: 1 })
          .pipe(map((res) => partitionThemes(res.themes).active)),
      ),
  });
  protected readonly list = computed(() =>
    this.listResource.hasValue() ? this.listResource.value() : undefined,
  );
  protected readonly themeList = computed(() =>
    this.themesResource.hasValue() ? this.themesResource.value() : undefined,
  );
  protected readonly initial = computed(() => emptyRqForm(parseThemeIds(this.themes())));
  protected readonly sorted = computed(() => {
    const res = this.list();
    const all = res?.ok ? res.value : [];
    return [...all].sort(
      (a: ResearchQuestion, b: ResearchQuestion) =>
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
        b.submissionCount - a.submissionCount,
    );
  });
  protected readonly count = computed(() => this.sorted().filter((q) => q.status !== 'merged').length);
  protected readonly roundTitle = computed(() => {
    const res = this.round.hasValue() ? this.round.value() : undefined;
    return res?.ok ? res.value.title : null;
  });
  protected readonly crumbs = computed<Crumb[]>(() => [
    { label: 'staff.title', link: '/staff', query: { w: this.workspaceId() } },
    ...(this.roundTitle()
      ? [
          {
            label: this.roundTitle() ?? '',
            plain: true,
            link: `/staff/w/${this.workspaceId()}/rounds/${this.roundId()}`,
          },
        ]
      : []),
    {
      label: 'synthesis.workbench.title',
      link: `/staff/w/${this.workspaceId()}/rounds/${this.roundId()}/synthesis`,
    },
    { label: 'rq.listTitle' },
  ]);

  protected async create(value: RqFormValue): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      const q = await firstValueFrom(
        this.api.createResearchQuestion(this.workspaceId(), this.roundId(), toCreateRq(value)),
      );
      await this.router.navigate(
        ['/staff/w', this.workspaceId(), 'rounds', this.roundId(), 'research-questions', q.id],
        {
          queryParams: { created: 1 },
        },
      );
    } catch (err) {
      this.problem.set(toApiProblem(err));
    } finally {
      this.busy.set(false);
    }
  }
}
