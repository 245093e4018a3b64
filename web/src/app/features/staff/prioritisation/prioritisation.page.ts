import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { PluralPipe } from '../../../core/plural.pipe';
import type {
  PrioritisationResults,
  ResearchQuestion,
  StartPrioritisationRequest,
  UpdatePrioritisationRequest,
} from '@inbreng/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';
import { rankLabel, weightList } from '../../../core/ranks';
import { SynthesisApi } from '../synthesis/synthesis.api';
import { type ApiProblem, toApiProblem } from '../shared/api-problem';
import { asResult } from '../shared/result';
import { type Crumb, StaffCrumbsComponent } from '../shared/staff-crumbs.component';
import { StaffRoundsApi } from '../shared/staff-rounds.api';
import { AgreementTableComponent } from './agreement-table.component';
import { PrioritisationApi } from './prioritisation.api';
import { PublishedNoticeComponent } from './published-notice.component';
import { RationaleEditorComponent, type RationaleSave } from './rationale-editor.component';
import { ResultsTableComponent } from './results-table.component';
import { SettingsFormComponent } from './settings-form.component';
import { StartFormComponent } from './start-form.component';

/** One round's prioritisation: start it, follow the results per group, set rationales, then publish. */
@Component({
  selector: 'app-prioritisation-page',
  imports: [
    TranslatePipe,
    PluralPipe,
    RouterLink,
    StaffCrumbsComponent,
    StartFormComponent,
    SettingsFormComponent,
    ResultsTableComponent,
    AgreementTableComponent,
    RationaleEditorComponent,
    PublishedNoticeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './prioritisation.css'],
  template: `
    <app-staff-crumbs [crumbs]="crumbs()" />
    @if (loaded(); as res) {
      @if (res.ok) {
        @let round = res.value.round; @let r = results();
        <h1 id="pr-title" tabindex="-1">
          {{ 'prioritisation.heading' | translate: { title: round.title } }}
        </h1>
        <p>
          {{ 'roundAdmin.lifecycle.current' | translate }}
          <strong>{{ 'roundStatus.' + round.status | translate }}</strong>
        </p>
        <p role="status" class="success">
          @if (started()) {
            {{ 'prioritisation.started' | translate }}
          }
        </p>
        @if (!r || r.status === 'not_started') {
          @if (round.status === 'synthesis') {
            <p>{{ 'prioritisation.startIntro' | translate }}</p>
            <app-start-form
              [questions]="res.value.questions"
              [busy]="busy()"
              [apiProblem]="problem()"
              (startRequested)="start($event)"
            />
          } @else {
            <p class="notice">{{ 'prioritisation.notYet' | translate }}</p>
          }
        } @else {
          <div class="actions links">
            <button type="button" class="button" (click)="refresh()" [disabled]="busy()">
              {{ 'prioritisation.refresh' | translate }}
            </button>
            @if (round.status === 'prioritising') {
              <a class="button primary" [routerLink]="['/staff/w', workspaceId(), 'rounds', roundId()]">{{
                'prioritisation.toPublish' | translate
              }}</a>
              <a class="button" [routerLink]="['/r', round.slug, 'prioriteren']">{{
                'prioritisation.ballotLink' | translate
              }}</a>
            }
            @if (round.status === 'published' || round.status === 'archived') {
              <a class="button" [routerLink]="['/r', round.slug, 'agenda']">{{
                'prioritisation.agendaLink' | translate
              }}</a>
            }
          </div>

          @if (publication(); as pub) {
            @if (pub.ok) {
              <app-published-notice [status]="pub.value" />
            } @else {
              <p class="error" role="alert">{{ pub.problem.key | translate }}</p>
            }
          }

          <section class="box" aria-labelledby="pr-response-title">
            <h2 id="pr-response-title">{{ 'prioritisation.response.title' | translate }}</h2>
            <ul>
              @for (w of groupSummary(); track w.group) {
                <li>
                  {{
                    'prioritisation.response.line'
                      | plural: w.n : { group: ('priorityGroups.' + w.group | translate), weight: w.weight }
                  }}
                </li>
              }
            </ul>
            @if (r.lowResponseGroups.length) {
              <div class="notice urgent" data-testid="low-response">
                <p>
                  <strong>{{
                    'prioritisation.response.lowTitle' | translate: { min: r.settings.minGroupBallots }
                  }}</strong>
                </p>
                <ul>
                  @for (g of r.lowResponseGroups; track g) {
                    <li>
                      {{
                        'prioritisation.response.lowLine'
                          | plural: r.ballotsPerGroup[g] : { group: ('priorityGroups.' + g | translate) }
                      }}
                    </li>
                  }
                </ul>
              </div>
            }
            <p class="hint">{{ 'prioritisation.response.weightsNote' | translate }}</p>
          </section>

          <app-results-table [results]="r" />
          <app-agreement-table [agreement]="r.agreement" />

          <section aria-labelledby="pr-rationale-title">
            <h2 id="pr-rationale-title">{{ 'prioritisation.rationale.title' | translate }}</h2>
            <p>{{ 'prioritisation.rationale.intro' | translate }}</p>
            @for (q of r.questions; track q.researchQuestionId) {
              <app-rationale-editor
                [questionId]="q.researchQuestionId"
                [text]="q.text"
                [rankText]="rank(q.combinedRank, q.tied)"
                [saved]="rationaleOf(q.researchQuestionId)"
                [busy]="rationaleBusy() === q.researchQuestionId"
                [state]="rationaleState()[q.researchQuestionId] ?? 'idle'"
                (save)="saveRationale($event)"
              />
            }
          </section>

          <app-settings-form
            [settings]="r.settings"
            [busy]="busy()"
            [saved]="settingsSaved()"
            [apiProblem]="problem()"
            (save)="update($event)"
          />
        }
      } @else {
        <h1>{{ 'prioritisation.title' | translate }}</h1>
        <p class="error" role="alert">{{ res.problem.key | translate }}</p>
      }
    } @else {
      <h1>{{ 'prioritisation.title' | translate }}</h1>
      <p role="status">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class PrioritisationPage {
  readonly workspaceId = input.required<string>();
  readonly roundId = input.required<string>();

  private readonly api = inject(PrioritisationApi);
  private readonly rounds = inject(StaffRoundsApi);
  private readonly synthesis = inject(SynthesisApi);
  private readonly injector = inject(Injector);

  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly started = signal(false);
  protected readonly settingsSaved = signal(false);
  protected readonly rationaleBusy = signal<string | null>(null);
  protected readonly rationaleState = signal<Record<string, 'saved' | 'failed'>>({});
  /** Rationales saved on this page, over what the research questions said when loaded. */
  private readonly rationales = signal<Record<string, string>>({});
  /** Results after a start, save or refresh; before that, the loaded ones. */
  private readonly latest = signal<PrioritisationResults | null>(null);
  private readonly settingsForm = viewChild(SettingsFormComponent);
  private readonly startForm = viewChild(StartFormComponent);

  private readonly data = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId() }),
    stream: ({ params }) =>
      asResult(
        forkJoin({
          round: this.rounds.get(params.w, params.r),
          results: this.api.results(params.w, params.r),
          questions: this.synthesis.researchQuestions(params.w, params.r),
        }),
      ),
  });
  protected readonly loaded = computed(() => (this.data.hasValue() ? this.data.value() : undefined));
  /** Published rounds: the public agenda is the record of that day; staff see what differs from it now. */
  private readonly publicationData = rxResource({
    params: () => {
      const res = this.loaded();
      const status = res?.ok ? res.value.round.status : null;
      return status === 'published' || status === 'archived'
        ? { w: this.workspaceId(), r: this.roundId() }
        : undefined;
    },
    stream: ({ params }) => asResult(this.api.publication(params.w, params.r)),
  });
  protected readonly publication = computed(() =>
    this.publicationData.hasValue() ? this.publicationData.value() : undefined,
  );
  protected readonly results = computed(() => {
    const res = this.loaded();
    return this.latest() ?? (res?.ok ? res.value.results : null);
  });
  protected readonly groupSummary = computed(() => {
    const r = this.results();
    if (!r) return [];
    const weights = new Map(weightList(r.effectiveWeights).map((w) => [w.group, w.percent]));
    return (Object.keys(r.ballotsPerGroup) as (keyof typeof r.ballotsPerGroup)[]).map((group) => ({
      group,
      n: r.ballotsPerGroup[group],
      weight: weights.get(group) ?? 0,
    }));
  });
  protected readonly crumbs = computed<Crumb[]>(() => {
    const res = this.loaded();
    return [
      { label: 'staff.title', link: '/staff', query: { w: this.workspaceId() } },
      res?.ok
        ? {
            label: res.value.round.title,
            plain: true,
            link: `/staff/w/${this.workspaceId()}/rounds/${this.roundId()}`,
          }
        : { label: 'roundAdmin.editTitle' },
      { label: 'prioritisation.title' },
    ];
  });

  protected rank(rank: number, tied: boolean): string {
    return rankLabel(rank, tied);
  }

  protected rationaleOf(questionId: string): string {
    const saved = this.rationales()[questionId];
    if (saved !== undefined) return saved;
    const res = this.loaded();
    const q: ResearchQuestion | undefined = res?.ok
      ? res.value.questions.find((x) => x.id === questionId)
      : undefined;
    return q?.rationale ?? '';
  }

  protected async start(body: StartPrioritisationRequest): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      const results = await firstValueFrom(this.api.start(this.workspaceId(), this.roundId(), body));
      this.latest.set(results);
      this.started.set(true);
      this.data.reload(); // the round moved to "prioritising"
      afterNextRender(() => document.getElementById('pr-title')?.focus(), { injector: this.injector });
    } catch (err) {
      this.problem.set(toApiProblem(err));
      this.startForm()?.focusSummary();
    } finally {
      this.busy.set(false);
    }
  }

  protected async update(body: UpdatePrioritisationRequest): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    this.settingsSaved.set(false);
    try {
      this.latest.set(await firstValueFrom(this.api.update(this.workspaceId(), this.roundId(), body)));
      this.settingsForm()?.reset();
      this.settingsSaved.set(true);
      this.publicationData.reload();
    } catch (err) {
      this.problem.set(toApiProblem(err));
    } finally {
      this.busy.set(false);
    }
  }

  protected async refresh(): Promise<void> {
    this.busy.set(true);
    try {
      this.latest.set(await firstValueFrom(this.api.results(this.workspaceId(), this.roundId())));
      this.publicationData.reload();
    } catch (err) {
      this.problem.set(toApiProblem(err));
    } finally {
      this.busy.set(false);
    }
  }

  protected async saveRationale(e: RationaleSave): Promise<void> {
    this.rationaleBusy.set(e.questionId);
    try {
      const q = await firstValueFrom(
        this.api.setRationale(this.workspaceId(), this.roundId(), e.questionId, e.rationale),
      );
      this.rationales.update((all) => ({ ...all, [e.questionId]: q.rationale }));
      this.rationaleState.update((all) => ({ ...all, [e.questionId]: 'saved' }));
      this.publicationData.reload();
    } catch {
      this.rationaleState.update((all) => ({ ...all, [e.questionId]: 'failed' }));
    } finally {
      this.rationaleBusy.set(null);
    }
  }
}
