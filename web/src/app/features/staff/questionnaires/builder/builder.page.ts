import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { rxResource } from '@angular/core/rxjs-interop';
import { CdkDropListGroup } from '@angular/cdk/drag-drop';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  PARTICIPANT_GROUPS,
  type ParticipantGroup,
  type StaffQuestionnaireResponse,
} from '@inbreng/contracts';
import { firstValueFrom, of } from 'rxjs';
import { ApiProblem, toApiProblem } from '../../shared/api-problem';
import { ErrorSummaryComponent } from '../../../../shared/error-summary.component';
import { asResult } from '../../shared/result';
import { Crumb, StaffCrumbsComponent } from '../../shared/staff-crumbs.component';
import { StaffRoundsApi } from '../../shared/staff-rounds.api';
import { StaffQuestionnairesApi } from '../staff-questionnaires.api';
import { fromQuestionnaire, toDefinition, toRequest } from './builder.model';
import { addSection, moveSection, patchDraft, removeSection } from './builder.ops';
import { BuilderStore } from './builder.store';
import { builderId } from './builder.validation';
import { destructiveMessages } from './destructive';
import { QuestionnairePreviewComponent } from './questionnaire-preview.component';
import { QuestionnaireLifecycleComponent } from './questionnaire-lifecycle.component';
import { type SectionAction, SectionEditorComponent } from './section-editor.component';

/** What to ask when a save would remove or change something people have already answered. */
interface VersionChoice {
  changes: { key: string; params?: Record<string, string | number> }[];
  lines: string[];
}

/** Create or edit a questionnaire: general settings, sections and questions, status, preview. */
@Component({
  selector: 'app-questionnaire-builder-page',
  imports: [
    TranslatePipe,
    RouterLink,
    CdkDropListGroup,
    StaffCrumbsComponent,
    ErrorSummaryComponent,
    SectionEditorComponent,
    QuestionnaireLifecycleComponent,
    QuestionnairePreviewComponent,
  ],
  providers: [BuilderStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/staff.css', './builder.css'],
  templateUrl: './builder.page.html',
})
export class BuilderPage {
  readonly workspaceId = input.required<string>();
  readonly roundId = input.required<string>();
  /** Absent on the "new" route. */
  readonly questionnaireId = input<string>();
  /** `?created=1` right after the first save. */
  readonly created = input<string>();

  protected readonly store = inject(BuilderStore);
  private readonly api = inject(StaffQuestionnairesApi);
  private readonly rounds = inject(StaffRoundsApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  protected readonly ids = builderId;
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly apiProblem = signal<ApiProblem | null>(null);
  protected readonly versionChoice = signal<VersionChoice | null>(null);
  protected readonly showPreview = signal(false);
  protected readonly questionnaire = signal<StaffQuestionnaireResponse | null>(null);
  private readonly baseline = signal('');
  private readonly summary = viewChild(ErrorSummaryComponent);

  private readonly round = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId() }),
    stream: ({ params }) => asResult(this.rounds.get(params.w, params.r)),
  });
  private readonly loaded = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId(), id: this.questionnaireId() }),
    stream: ({ params }) => (params.id ? asResult(this.api.get(params.w, params.id)) : of(null)),
  });

  protected readonly roundValue = computed(() => {
    const r = this.round.hasValue() ? this.round.value() : undefined;
    return r?.ok ? r.value : null;
  });
  protected readonly loadProblem = computed(() => {
    const l = this.loaded.hasValue() ? this.loaded.value() : undefined;
    return l && !l.ok ? l.problem : null;
  });
  protected readonly ready = computed(() => !this.questionnaireId() || this.questionnaire() !== null);
  protected readonly groups = computed<readonly ParticipantGroup[]>(
    () => this.roundValue()?.allowedGroups ?? PARTICIPANT_GROUPS,
  );
  protected readonly dirty = computed(() => this.baseline() !== this.snapshot());
  protected readonly definition = computed(() => toDefinition(this.store.draft().sections));
  protected readonly crumbs = computed<Crumb[]>(() => {
    const w = this.workspaceId();
    const r = this.roundId();
    const round = this.roundValue();
    return [
      { label: 'staff.title', link: '/staff', query: { w } },
      round
        ? { label: round.title, plain: true, link: `/staff/w/${w}/rounds/${r}` }
        : { label: 'roundAdmin.editTitle', link: `/staff/w/${w}/rounds/${r}` },
      { label: 'qList.title', link: `/staff/w/${w}/rounds/${r}/questionnaires` },
      this.questionnaire()
        ? { label: this.questionnaire()?.title ?? '', plain: true }
        : { label: 'qBuilder.newTitle' },
    ];
  });

  constructor() {
    effect(() => {
      const l = this.loaded.hasValue() ? this.loaded.value() : undefined;
      if (l?.ok) untracked(() => this.take(l.value));
    });
    effect(() => {
      // A new questionnaire: "not changed yet" is the empty form.
      if (!this.questionnaireId()) untracked(() => this.baseline.set(this.snapshot()));
    });
  }

  protected setGeneral(field: 'title' | 'introduction' | 'minGroupSize', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.store.apply((d) => patchDraft(d, { [field]: value }));
  }

  protected toggleGroup(group: ParticipantGroup, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.store.apply((d) =>
      patchDraft(d, {
        audience: PARTICIPANT_GROUPS.filter((g) => (g === group ? on : d.audience.includes(g))),
      }),
    );
  }

  protected addSection(): void {
    this.store.apply(addSection);
    const added = this.store.draft().sections.at(-1);
    if (added) this.store.focus(builderId.sectionTitle(added.uid));
  }

  protected sectionAction(index: number, action: SectionAction): void {
    const section = this.store.draft().sections[index];
    if (!section) return;
    if (action === 'remove') {
      this.store.apply((d) => removeSection(d, section.uid));
      const next = this.store.draft().sections[Math.min(index, this.store.draft().sections.length - 1)];
      this.store.focus(next ? `qb-${next.uid}-heading` : builderId.addSection);
      this.store.announce({ key: 'qBuilder.section.removed', params: { n: index + 1 } });
      return;
    }
    const to = index + (action === 'up' ? -1 : 1);
    this.store.apply((d) => moveSection(d, index, to));
    const count = this.store.draft().sections.length;
    const atEdge = (action === 'up' && to === 0) || (action === 'down' && to === count - 1);
    const button = atEdge ? (action === 'up' ? 'down' : 'up') : action;
    this.store.focus(`qb-${section.uid}-${button}`);
    this.store.announce({ key: 'qBuilder.section.moved', params: { n: to + 1, count } });
  }

  protected togglePreview(): void {
    this.showPreview.update((v) => !v);
    if (this.showPreview()) this.store.focus('qb-preview-heading');
  }

  protected async save(asNewVersion = false): Promise<void> {
    if (this.busy()) return;
    this.store.showErrors.set(true);
    this.saved.set(false);
    this.apiProblem.set(null);
    this.versionChoice.set(null);
    if (this.store.problems().length) {
      this.store.collapseAll(false); // every field the summary links to must be there
      this.focusSummary();
      return;
    }
    const current = this.questionnaire();
    const body = toRequest(this.store.draft(), asNewVersion);
    if (current?.hasResponses && !asNewVersion) {
      const changes = destructiveMessages(current.definition, body.definition);
      if (changes.length) {
        this.askForVersion({ changes, lines: [] });
        return;
      }
    }
    this.busy.set(true);
    try {
      const w = this.workspaceId();
      const r = this.roundId();
      const res = current
        ? await firstValueFrom(this.api.update(w, current.id, body))
        : await firstValueFrom(this.api.create(w, r, body));
      this.take(res);
      this.saved.set(true);
      if (!current) {
        await this.router.navigate(['/staff/w', w, 'rounds', r, 'questionnaires', res.id], {
          queryParams: { created: 1 },
          replaceUrl: true,
        });
      }
    } catch (err) {
      if (current && err instanceof HttpErrorResponse && err.status === 409) {
        // Named in our words when we can tell what changed; otherwise the API's own lines.
        const changes = destructiveMessages(current.definition, body.definition);
        this.askForVersion({ changes, lines: changes.length ? [] : toApiProblem(err).lines });
      } else {
        this.apiProblem.set(toApiProblem(err));
        this.focusSummary();
      }
    } finally {
      this.busy.set(false);
    }
  }

  protected cancelVersion(): void {
    this.versionChoice.set(null);
    this.store.focus('qb-save');
  }

  protected replace(q: StaffQuestionnaireResponse): void {
    // A status change keeps the edits in progress; only the saved copy is replaced.
    this.questionnaire.set(q);
  }

  private take(q: StaffQuestionnaireResponse): void {
    this.questionnaire.set(q);
    this.store.draft.set(fromQuestionnaire(q));
    this.baseline.set(this.snapshot());
    this.store.showErrors.set(false);
  }

  private snapshot(): string {
    return JSON.stringify(toRequest(this.store.draft()));
  }

  private askForVersion(choice: VersionChoice): void {
    this.versionChoice.set(choice);
    this.store.focus('qb-version-choice');
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary()?.focus(), { injector: this.injector });
  }
}
