import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { PluralPipe } from '../../../../core/plural.pipe';
import { AGE_BANDS, PARTICIPANT_GROUPS, type AgeBand, type ParticipantGroup } from '@inbreng/contracts';
import { asResult } from '../../shared/result';
import { Crumb, StaffCrumbsComponent } from '../../shared/staff-crumbs.component';
import { StaffRoundsApi } from '../../shared/staff-rounds.api';
import {
  type ExportFormat,
  type ResultsQuery,
  StaffQuestionnairesApi,
  exportUrl,
} from '../staff-questionnaires.api';
import type { OpenAnswersContext } from './open-answers.component';
import { QuestionResultComponent } from './question-result.component';

const oneOf = <T extends string>(list: readonly T[], v: string | undefined): T | undefined =>
  v && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/** Results of a questionnaire: filters (in the URL), exports, and one card per question. */
@Component({
  selector: 'app-questionnaire-results-page',
  imports: [TranslatePipe, PluralPipe, RouterLink, StaffCrumbsComponent, QuestionResultComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/staff.css', './results.css'],
  templateUrl: './results.page.html',
})
export class ResultsPage {
  readonly workspaceId = input.required<string>();
  readonly roundId = input.required<string>();
  readonly questionnaireId = input.required<string>();
  /** Filters from the query string, so a filtered view can be bookmarked and shared. */
  readonly group = input<string>();
  readonly ageBand = input<string>();
  readonly wijk = input<string>();
  readonly version = input<string>();

  private readonly api = inject(StaffQuestionnairesApi);
  private readonly rounds = inject(StaffRoundsApi);
  private readonly router = inject(Router);

  protected readonly groups = PARTICIPANT_GROUPS;
  protected readonly ageBands = AGE_BANDS;
  protected readonly formats: ExportFormat[] = ['xlsx', 'csv', 'pdf'];

  protected readonly query = computed<ResultsQuery>(() => {
    const v = this.version();
    const version = v && /^\d+$/.test(v) ? Number(v) : undefined;
    return {
      group: oneOf<ParticipantGroup>(PARTICIPANT_GROUPS, this.group()),
      ageBand: oneOf<AgeBand>(AGE_BANDS, this.ageBand()),
      wijk: this.wijk() || undefined,
      version,
    };
  });
  private readonly ids = computed(() => ({
    w: this.workspaceId(),
    r: this.roundId(),
    id: this.questionnaireId(),
  }));
  private readonly questionnaire = rxResource({
    params: this.ids,
    stream: ({ params }) => asResult(this.api.get(params.w, params.id)),
  });
  private readonly round = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId() }),
    stream: ({ params }) => asResult(this.rounds.get(params.w, params.r)),
  });
  protected readonly results = rxResource({
    params: () => ({ ...this.ids(), query: this.query() }),
    stream: ({ params }) => asResult(this.api.results(params.w, params.id, params.query)),
  });

  protected readonly q = computed(() => {
    const v = this.questionnaire.hasValue() ? this.questionnaire.value() : undefined;
    return v?.ok ? v.value : null;
  });
  protected readonly roundValue = computed(() => {
    const v = this.round.hasValue() ? this.round.value() : undefined;
    return v?.ok ? v.value : null;
  });
  protected readonly context = computed<OpenAnswersContext>(() => ({
    workspaceId: this.workspaceId(),
    roundId: this.roundId(),
    questionnaireId: this.questionnaireId(),
    query: this.query(),
  }));
  protected readonly crumbs = computed<Crumb[]>(() => {
    const w = this.workspaceId();
    const r = this.roundId();
    const round = this.roundValue();
    const q = this.q();
    return [
      { label: 'staff.title', link: '/staff', query: { w } },
      round
        ? { label: round.title, plain: true, link: `/staff/w/${w}/rounds/${r}` }
        : { label: 'roundAdmin.editTitle', link: `/staff/w/${w}/rounds/${r}` },
      { label: 'qList.title', link: `/staff/w/${w}/rounds/${r}/questionnaires` },
      q
        ? { label: q.title, plain: true, link: `/staff/w/${w}/rounds/${r}/questionnaires/${q.id}` }
        : { label: 'qBuilder.editTitle' },
      { label: 'qResults.title' },
    ];
  });
  protected readonly filtered = computed(() => {
    const q = this.query();
    return !!(q.group || q.ageBand || q.wijk);
  });

  /** The API refuses filtered exports below the minimum group size; say so instead of offering links. */
  protected readonly exportBlocked = computed(() => {
    const r = this.results.hasValue() ? this.results.value() : undefined;
    return this.filtered() && !!r?.ok && r.value.suppressed;
  });

  protected exportHref(format: ExportFormat): string {
    return exportUrl(this.workspaceId(), this.questionnaireId(), format, this.query());
  }

  protected async setFilter(name: 'group' | 'ageBand' | 'wijk' | 'version', event: Event): Promise<void> {
    const value = (event.target as HTMLSelectElement).value;
    await this.router.navigate([], { queryParams: { [name]: value || null }, queryParamsHandling: 'merge' });
  }

  protected async clearFilters(): Promise<void> {
    await this.router.navigate([], {
      queryParams: { group: null, ageBand: null, wijk: null },
      queryParamsHandling: 'merge',
    });
  }
}
