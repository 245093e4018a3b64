import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { ResearchQuestion } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable, firstValueFrom, map } from 'rxjs';
import { LanguageService } from '../../../core/i18n';
import { ApiProblem, toApiProblem } from '../shared/api-problem';
import { asResult } from '../shared/result';
import { Crumb, StaffCrumbsComponent } from '../shared/staff-crumbs.component';
import { StaffDatePipe } from '../shared/staff-date.pipe';
import { Announcer } from './announcer';
import { ResearchQuestionFormComponent } from './research-question-form.component';
import { RqFormValue, rqFormFrom, toUpdateRq } from './research-question-form';
import { RqMergeSplitComponent, SplitChoice } from './rq-merge-split.component';
import { SynthesisApi } from './synthesis.api';
import { ThemeCountsComponent } from './theme-counts.component';

/** One research question: edit it, see its history, merge others into it or split one off. */
@Component({
  selector: 'app-research-question-page',
  imports: [
    TranslatePipe,
    RouterLink,
    StaffDatePipe,
    StaffCrumbsComponent,
    ResearchQuestionFormComponent,
    RqMergeSplitComponent,
    ThemeCountsComponent,
  ],
  providers: [Announcer],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './research-questions.page.css'],
  templateUrl: './research-question.page.html',
})
export class ResearchQuestionPage {
  readonly workspaceId = input.required<string>();
  readonly roundId = input.required<string>();
  readonly questionId = input.required<string>();
  /** `?created=1` right after it was made on the list page. */
  readonly created = input<string>();

  private readonly api = inject(SynthesisApi);
  protected readonly announcer = inject(Announcer);
  protected readonly lang = inject(LanguageService).current;
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly resets = signal(0);
  /** The question just split off, to link to. */
  protected readonly splitOff = signal<ResearchQuestion | null>(null);
  private readonly mergeSplit = viewChild(RqMergeSplitComponent);

  private readonly questionResource = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId(), q: this.questionId() }),
    stream: ({ params }) => asResult(this.api.researchQuestion(params.w, params.r, params.q)),
  });
  private readonly allResource = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId() }),
    stream: ({ params }) => asResult(this.api.researchQuestions(params.w, params.r)),
  });
  private readonly themesResource = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId() }),
    stream: ({ params }) =>
      asResult(
        this.api.workbench(params.w, params.r, { page: 1, pageSize: 1 }).pipe(map((res) => res.themes)),
      ),
  });

  protected readonly loaded = computed(() =>
    this.questionResource.hasValue() ? this.questionResource.value() : undefined,
  );
  protected readonly question = computed(() => {
    const res = this.loaded();
    return res?.ok ? res.value : null;
  });
  protected readonly all = computed(() => {
    const res = this.allResource.hasValue() ? this.allResource.value() : undefined;
    return res?.ok ? res.value : [];
  });
  private readonly allThemes = computed(() => {
    const res = this.themesResource.hasValue() ? this.themesResource.value() : undefined;
    return res?.ok ? res.value : [];
  });
  /** Themes the question can use: the live ones, plus any it already has (so they can be unticked). */
  protected readonly themeChoices = computed(() => {
    const mine = new Set(this.question()?.themeIds ?? []);
    return this.allThemes().filter((t) => t.status === 'active' || mine.has(t.id));
  });
  protected readonly myThemes = computed(() => {
    const mine = new Set(this.question()?.themeIds ?? []);
    return this.allThemes().filter((t) => mine.has(t.id));
  });
  protected readonly initial = computed(() => {
    const q = this.question();
    return q ? rqFormFrom(q) : undefined;
  });
  protected readonly mergedInto = computed(() => {
    const id = this.question()?.mergedIntoId;
    return id ? (this.all().find((q) => q.id === id) ?? { id, text: '' }) : null;
  });
  protected readonly crumbs = computed<Crumb[]>(() => {
    const base = `/staff/w/${this.workspaceId()}/rounds/${this.roundId()}`;
    return [
      { label: 'staff.title', link: '/staff', query: { w: this.workspaceId() } },
      { label: 'synthesis.workbench.title', link: `${base}/synthesis` },
      { label: 'rq.listTitle', link: `${base}/research-questions` },
      { label: 'rq.editTitle' },
    ];
  });

  constructor() {
    // Following a link to another question reuses this page: forget what was said about the last one.
    effect(() => {
      this.questionId();
      untracked(() => {
        this.splitOff.set(null);
        this.problem.set(null);
        this.announcer.text.set('');
      });
    });
  }

  protected save(value: RqFormValue): void {
    const q = this.question();
    if (!q) return;
    void this.write(
      this.api.updateResearchQuestion(this.workspaceId(), this.roundId(), q.id, toUpdateRq(value, q.version)),
      'rq.announce.saved',
    );
  }

  protected merge(sources: ResearchQuestion[]): void {
    const q = this.question();
    if (!q) return;
    void this.write(
      this.api.mergeResearchQuestions(this.workspaceId(), this.roundId(), q.id, {
        version: q.version,
        sourceIds: sources.map((s) => s.id),
      }),
      'rq.announce.merged',
      { count: sources.length },
    );
  }

  protected split(choice: SplitChoice): void {
    const q = this.question();
    if (!q) return;
    void this.write(
      this.api.splitResearchQuestion(this.workspaceId(), this.roundId(), q.id, {
        version: q.version,
        ...choice,
      }),
      'rq.announce.split',
      undefined,
      (res) => this.splitOff.set(res.created),
    );
  }

  /**
   * One write, then fresh data. A 409 means someone else saved first: say so, load their version and show it
   * in the form (the moderator's unsaved edits are not kept; the message says so).
   */
  private async write<T>(
    request: Observable<T>,
    doneKey: string,
    params?: Record<string, string | number>,
    done?: (value: T) => void,
  ): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    this.splitOff.set(null);
    try {
      const value = await firstValueFrom(request);
      done?.(value);
      this.announcer.announce(doneKey, params);
      this.mergeSplit()?.reset();
      this.reloadAll();
    } catch (err) {
      const problem = toApiProblem(err);
      if (problem.status === 409) {
        this.problem.set({ ...problem, key: 'rq.stale' });
        this.reloadAll();
      } else {
        this.problem.set(problem);
      }
    } finally {
      this.busy.set(false);
    }
  }

  private reloadAll(): void {
    this.questionResource.reload();
    this.allResource.reload();
    this.themesResource.reload();
    this.resets.update((n) => n + 1);
  }
}
