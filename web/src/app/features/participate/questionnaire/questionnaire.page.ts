import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
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
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { OptionSelectComponent, namedOptions } from '../../../shared/option-select.component';
import { PluralPipe } from '../../../core/plural.pipe';
import type {
  AgeBand,
  Answers,
  ParticipantGroup,
  PublicQuestionnaireResponse,
  PublicRoundResponse,
  SavedResponse,
} from '@inbreng/contracts';
import { catchError, firstValueFrom, forkJoin, map, of } from 'rxjs';
import { errorKey } from '../../../core/api-error';
import { ErrorSummaryComponent } from '../../../shared/error-summary.component';
import { ConsentStepComponent } from '../consent-step.component';
import { restoreDraft } from '../draft';
import { ParticipationApi } from '../participation.api';
import { ParticipationStorage } from '../participation-storage';
import { formatReturnCode, normalizeReturnCode } from '../return-code';
import type { FieldProblem, Message } from '../validation';
import { WhoStepComponent } from '../who-step.component';
import { QuestionnaireApi } from './questionnaire.api';
import {
  type QuestionnaireDraft,
  emptyQuestionnaireDraft,
  hasAnswers,
  keepKnownAnswers,
  restoreQuestionnaireDraft,
} from './questionnaire-draft';
import { QuestionnaireDoneComponent } from './questionnaire-done.component';
import { QuestionnaireRunnerComponent } from './questionnaire-runner.component';
import { QuestionnaireStorage } from './questionnaire-storage';
import { buildSaveRequest, codeDoesNotFit, submitProblem } from './save-request';
import { ResumeFormComponent } from './resume-form.component';

type Load =
  | { ok: true; round: PublicRoundResponse; questionnaire: PublicQuestionnaireResponse }
  | { ok: false; key: string; notFound: boolean };

/**
 * `/r/:slug/vragenlijst/:id`: who you are and consent, then one section per screen. Answers are kept
 * on this device at every change and saved to the server at every "Volgende", under the same return
 * code as the participant's submissions, so they can go on later here or elsewhere.
 */
@Component({
  selector: 'app-questionnaire-page',
  imports: [
    TranslatePipe,
    OptionSelectComponent,
    PluralPipe,
    RouterLink,
    WhoStepComponent,
    ConsentStepComponent,
    ErrorSummaryComponent,
    QuestionnaireRunnerComponent,
    QuestionnaireDoneComponent,
    ResumeFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../participate.css', './questionnaire.css'],
  templateUrl: './questionnaire.page.html',
})
export class QuestionnairePage {
  readonly slug = input.required<string>();
  readonly id = input.required<string>();

  private readonly api = inject(QuestionnaireApi);
  private readonly rounds = inject(ParticipationApi);
  private readonly storage = inject(QuestionnaireStorage);
  private readonly participation = inject(ParticipationStorage);
  private readonly injector = inject(Injector);

  protected readonly draft = signal<QuestionnaireDraft>(emptyQuestionnaireDraft(0));
  protected readonly returnCode = signal<string | null>(null);
  protected readonly restored = signal<'device' | 'server' | null>(null);
  protected readonly busy = signal(false);
  protected readonly urgentKeys = signal<string[]>([]);
  protected readonly saved = signal<SavedResponse | null>(null);
  /** A failed background save: the answers are safe here; the next step tries again. */
  protected readonly saveFailed = signal(false);
  protected readonly general = signal<Message | null>(null);
  /** Handed in earlier (elsewhere): the confirmation says so. */
  protected readonly handedInBefore = signal(false);
  protected readonly startProblems = signal<FieldProblem[]>([]);
  private readonly startAttempted = signal(false);
  private readonly rejectedAccessCode = signal<string | null>(null);
  private saving: Promise<unknown> = Promise.resolve();

  private readonly startSummary = viewChild(ErrorSummaryComponent);
  private readonly alert = viewChild<ElementRef<HTMLElement>>('alert');
  private readonly done = viewChild(QuestionnaireDoneComponent);

  protected readonly loaded = rxResource({
    params: () => ({ slug: this.slug(), id: this.id() }),
    stream: ({ params }) =>
      forkJoin([this.rounds.getRound(params.slug), this.api.get(params.slug, params.id)]).pipe(
        map(([round, questionnaire]): Load => ({ ok: true, round, questionnaire })),
        catchError((err: unknown) =>
          of<Load>({
            ok: false,
            key: errorKey(err),
            notFound: err instanceof HttpErrorResponse && err.status === 404,
          }),
        ),
      ),
  });
  protected readonly load = computed(() => (this.loaded.hasValue() ? this.loaded.value() : null));
  protected readonly data = computed(() => {
    const l = this.load();
    return l?.ok ? l : null;
  });
  protected readonly wijkOptions = computed(() => namedOptions(this.data()?.round.wijken ?? []));
  protected readonly stage = computed(() => {
    const d = this.draft();
    return d.submitted ? 'done' : d.started ? 'questions' : 'start';
  });
  /** Groups that may answer: the questionnaire's audience, as far as the round allows them. */
  protected readonly groups = computed<ParticipantGroup[]>(() => {
    const d = this.data();
    return d ? d.questionnaire.audience.filter((g) => d.round.allowedGroups.includes(g)) : [];
  });
  protected readonly young = computed(
    () => this.draft().group === 'youth' && this.draft().ageBand === '12-15',
  );
  protected readonly startErrors = computed(() => {
    const out: Partial<Record<string, Message>> = {};
    if (!this.startAttempted()) return out;
    for (const p of this.checkStart()) out[p.field] ??= p.message;
    return out;
  });

  constructor() {
    effect(() => {
      const d = this.data();
      if (d) untracked(() => this.begin(d.round, d.questionnaire));
    });
  }

  // ---------- start screen ----------

  protected patch(change: Partial<QuestionnaireDraft>): void {
    this.draft.update((d) => ({ ...d, ...change }));
    this.persist();
  }

  protected setGroup(group: ParticipantGroup): void {
    this.patch({ group, ageBand: group === 'youth' ? this.draft().ageBand : null });
  }

  protected setAgeBand(ageBand: AgeBand): void {
    this.patch({ ageBand });
  }

  protected setAccessCode(event: Event): void {
    this.patch({ accessCode: (event.target as HTMLInputElement).value });
  }

  protected start(event: Event): void {
    event.preventDefault();
    this.startAttempted.set(true);
    const problems = this.checkStart();
    this.startProblems.set(problems);
    if (problems.length) {
      afterNextRender(() => this.startSummary()?.focus(), { injector: this.injector });
      return;
    }
    this.patch({ started: true });
    this.focusById('q-step-heading');
  }

  /** Resumed with a code typed on the start screen (another device, or storage was cleared). */
  protected resumed(res: SavedResponse): void {
    const d = this.data();
    if (!d) return;
    this.takeSaved(res, d.questionnaire);
    this.restored.set('server');
  }

  // ---------- questions ----------

  protected setAnswers(answers: Answers): void {
    this.patch({ answers });
  }

  protected setSection(section: string | null): void {
    this.patch({ section });
  }

  protected advanced(): void {
    this.saveFailed.set(false);
    this.queueSave(false).catch((err: unknown) => {
      if (this.isAccessProblem(err)) return;
      this.saveFailed.set(true);
    });
  }

  protected async finish(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.general.set(null);
    try {
      const res = await this.queueSave(true);
      this.saved.set(res);
      this.patch({ submitted: true });
      afterNextRender(() => this.done()?.focus(), { injector: this.injector });
    } catch (err) {
      if (await this.alreadyHandedIn(err)) return;
      if (!this.isAccessProblem(err)) {
        this.general.set(submitProblem(err instanceof HttpErrorResponse ? err.status : 0));
      }
      afterNextRender(() => this.alert()?.nativeElement.focus(), { injector: this.injector });
    } finally {
      this.busy.set(false);
    }
  }

  // ---------- helpers ----------

  private begin(round: PublicRoundResponse, q: PublicQuestionnaireResponse): void {
    const stored = this.storage.read(q.id);
    const draft = restoreQuestionnaireDraft(stored, q.definition, q.version, this.groups());
    if (!draft.group) {
      // Who they are is already known from the round page on this device.
      const fromRound = restoreDraft(this.participation.readDraft(round.slug), round);
      if (fromRound.group && this.groups().includes(fromRound.group)) {
        draft.group = fromRound.group;
        draft.ageBand = fromRound.group === 'youth' ? fromRound.ageBand : null;
      }
      draft.accessCode ||= fromRound.accessCode;
    }
    // Only one group may answer: nothing to choose.
    const only = this.groups().length === 1 ? this.groups()[0] : undefined;
    if (!draft.group && only && only !== 'youth') draft.group = only;
    this.draft.set(draft);
    this.restored.set(hasAnswers(draft) && !draft.submitted ? 'device' : null);
    const code = this.participation.returnCodeFor(round.slug);
    this.returnCode.set(code);
    this.persist();
    if (code && !hasAnswers(draft) && !draft.submitted) {
      // Nothing on this device, but a code: the server may hold answers given elsewhere.
      firstValueFrom(this.api.resume(round.slug, q.id, normalizeReturnCode(code)))
        .then((res) => {
          if (hasAnswers(this.draft())) return; // they started typing meanwhile
          this.takeSaved(res, q);
          this.restored.set('server');
        })
        .catch(() => undefined); // no answers under this code yet
    }
  }

  private takeSaved(res: SavedResponse, q: PublicQuestionnaireResponse): void {
    const code = formatReturnCode(res.returnCode);
    this.returnCode.set(code);
    this.participation.rememberReturnCode(code, this.slug());
    this.urgentKeys.set(res.urgentQuestionKeys);
    this.saved.set(res);
    this.patch({
      answers: keepKnownAnswers(q.definition, res.answers),
      submitted: res.status === 'submitted',
    });
  }

  private persist(): void {
    const d = this.data();
    if (d) this.storage.write(d.questionnaire.id, this.draft());
  }

  private checkStart(): FieldProblem[] {
    const d = this.data();
    const draft = this.draft();
    const out: FieldProblem[] = [];
    if (!d) return out;
    const add = (field: FieldProblem['field'], target: string, key: string) =>
      out.push({ field, target, message: { key } });
    if (d.round.requiresAccessCode) {
      if (!draft.accessCode.trim()) add('accessCode', 'p-access-code', 'participate.access.required');
      else if (draft.accessCode === this.rejectedAccessCode()) {
        add('accessCode', 'p-access-code', 'participate.access.wrong');
      }
    }
    if (!draft.group)
      add('group', `p-group-${this.groups()[0] ?? 'parent'}`, 'participate.who.groupRequired');
    if (draft.group === 'youth' && !draft.ageBand)
      add('ageBand', 'p-age-12-15', 'participate.who.ageRequired');
    if (!draft.consent) add('consent', 'p-consent', 'questionnaire.start.consentRequired');
    return out;
  }

  /** One save at a time: the first one makes the return code the next ones must carry. */
  private queueSave(submit: boolean): Promise<SavedResponse> {
    const run = this.saving.then(() => this.send(submit));
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async send(submit: boolean, retried = false): Promise<SavedResponse> {
    const d = this.data();
    if (!d) throw new Error('not loaded');
    const body = buildSaveRequest(
      this.draft(),
      {
        definition: d.questionnaire.definition,
        requiresAccessCode: d.round.requiresAccessCode,
        returnCode: this.returnCode(),
        fallbackGroup: this.groups()[0] ?? 'parent',
      },
      submit,
    );
    try {
      const res = await firstValueFrom(this.api.save(d.round.slug, d.questionnaire.id, body));
      const code = formatReturnCode(res.returnCode);
      this.returnCode.set(code);
      this.participation.rememberReturnCode(code, d.round.slug);
      this.urgentKeys.set(res.urgentQuestionKeys);
      return res;
    } catch (err) {
      if (
        !retried &&
        body.returnCode &&
        err instanceof HttpErrorResponse &&
        codeDoesNotFit(err.status, err.error)
      ) {
        // The code we kept is unknown to the server (e.g. deleted), or belongs to someone this
        // questionnaire is not for (another person on this device): go on under a new code.
        this.returnCode.set(null);
        this.patch({ idempotencyKey: crypto.randomUUID() });
        return this.send(submit, true);
      }
      throw err;
    }
  }

  /**
   * A 409 can also mean these answers were handed in already (e.g. on another phone with the same
   * code): then the server's copy is shown as done, with a word about it, instead of an error.
   */
  private async alreadyHandedIn(err: unknown): Promise<boolean> {
    const d = this.data();
    const code = this.returnCode();
    if (!d || !code || !(err instanceof HttpErrorResponse) || err.status !== 409) return false;
    try {
      const res = await firstValueFrom(
        this.api.resume(d.round.slug, d.questionnaire.id, normalizeReturnCode(code)),
      );
      if (res.status !== 'submitted') return false;
      this.takeSaved(res, d.questionnaire);
      this.handedInBefore.set(true);
      afterNextRender(() => this.done()?.focus(), { injector: this.injector });
      return true;
    } catch {
      return false;
    }
  }

  /** A refused access code sends the participant back to the start screen, where the field is. */
  private isAccessProblem(err: unknown): boolean {
    if (!(err instanceof HttpErrorResponse) || err.status !== 403 || !this.data()?.round.requiresAccessCode) {
      return false;
    }
    this.rejectedAccessCode.set(this.draft().accessCode);
    this.patch({ started: false });
    this.startAttempted.set(true);
    this.startProblems.set(this.checkStart());
    afterNextRender(() => this.startSummary()?.focus(), { injector: this.injector });
    return true;
  }

  private focusById(id: string): void {
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }
}
