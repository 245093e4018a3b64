import { HttpErrorResponse } from '@angular/common/http';
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
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type {
  AgeBand,
  BallotResponse,
  ParticipantGroup,
  PublicPrioritisationResponse,
  PublicRoundResponse,
} from '@inbreng/contracts';
import { catchError, firstValueFrom, forkJoin, map, of, startWith, switchMap } from 'rxjs';
import { errorKey, serverMessage } from '../../core/api-error';
import { ErrorSummaryComponent, type SummaryProblem } from '../../shared/error-summary.component';
import { newIdempotencyKey } from '../participate/draft';
import { ParticipationApi } from '../participate/participation.api';
import { ParticipationStorage } from '../participate/participation-storage';
import { formatReturnCode } from '../participate/return-code';
import type { Message } from '../participate/validation';
import { WhoStepComponent } from '../participate/who-step.component';
import {
  ballotFailure,
  emptySettings,
  fieldTarget,
  type BallotDraft,
  type BallotField,
  type BallotProblem,
  moveItem,
  orderFromBallot,
  rankedCount,
  restoreBallot,
  toBallotRequest,
  togglePick,
  validatePicks,
  validateWho,
} from './ballot-logic';
import { HaveCodeComponent, type UsedCode } from './have-code.component';
import { PairwiseComponent } from './pairwise.component';
import { PickStepComponent } from './pick-step.component';
import { PrioritiseApi } from './prioritise.api';
import { RankStepComponent, type RankMove } from './rank-step.component';
import { ReturnCodeBoxComponent } from '../participate/return-code-box.component';

interface Loaded {
  round: PublicRoundResponse;
  settings: PublicPrioritisationResponse;
  stored: BallotResponse | null;
}

type Load =
  | { status: 'loading' }
  | { status: 'ok'; data: Loaded }
  | { status: 'error'; key: string; notFound: boolean };

export type BallotStep = 'who' | 'pick' | 'rank' | 'review' | 'pairs' | 'done';

/** `/r/:slug/prioriteren`: a participant says which research questions matter most (no account needed). */
@Component({
  selector: 'app-ballot-page',
  imports: [
    TranslatePipe,
    RouterLink,
    WhoStepComponent,
    ErrorSummaryComponent,
    PickStepComponent,
    RankStepComponent,
    ReturnCodeBoxComponent,
    PairwiseComponent,
    HaveCodeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ballot.page.html',
  styleUrls: ['../participate/participate.css', './ballot.css'],
})
export class BallotPage {
  private readonly api = inject(PrioritiseApi);
  /** The round itself (access-code rule, workspace name, introduction) comes from the participation API. */
  private readonly participation = inject(ParticipationApi);
  private readonly storage = inject(ParticipationStorage);
  private readonly injector = inject(Injector);
  readonly slug = input.required<string>();

  protected readonly draft = signal<BallotDraft>(restoreBallot(null, emptySettings(), newIdempotencyKey()));
  protected readonly step = signal<BallotStep>('who');
  protected readonly busy = signal(false);
  protected readonly honeypot = signal('');
  protected readonly summary = signal<SummaryProblem[]>([]);
  protected readonly general = signal<Message | null>(null);
  protected readonly attempted = signal(false);
  protected readonly pickRefused = signal(false);
  protected readonly resumed = signal<BallotResponse | null>(null);
  protected readonly saved = signal<BallotResponse | null>(null);
  protected readonly announcement = signal<Message | null>(null);
  private readonly rejectedAccessCode = signal<string | null>(null);
  private readonly errorSummary = viewChild(ErrorSummaryComponent);

  protected readonly load = toSignal(
    toObservable(this.slug).pipe(
      switchMap((slug) =>
        forkJoin({
          round: this.participation.getRound(slug),
          settings: this.api.prioritisation(slug),
        }).pipe(
          switchMap(({ round, settings }) => {
            const code = this.storage.returnCodeFor(slug);
            const stored$ = code ? this.api.ballot(slug, code).pipe(catchError(() => of(null))) : of(null);
            return stored$.pipe(map((stored): Loaded => ({ round, settings, stored })));
          }),
          map((data): Load => {
            this.start(data);
            return { status: 'ok', data };
          }),
          catchError((err: unknown) =>
            of<Load>({
              status: 'error',
              key: errorKey(err),
              notFound: err instanceof HttpErrorResponse && err.status === 404,
            }),
          ),
          startWith<Load>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as Load },
  );

  protected readonly data = computed(() => {
    const l = this.load();
    return l.status === 'ok' ? l.data : null;
  });
  protected readonly settings = computed(() => this.data()?.settings ?? emptySettings());
  protected readonly pairwise = computed(() => this.settings().method === 'pairwise');
  protected readonly top = computed(() => rankedCount(this.draft(), this.settings().rankTop));
  protected readonly young = computed(
    () => this.draft().group === 'youth' && this.draft().ageBand === '12-15',
  );
  protected readonly steps = computed<BallotStep[]>(() =>
    this.pairwise() ? ['who', 'pairs'] : ['who', 'pick', 'rank', 'review'],
  );
  protected readonly stepNumber = computed(() => this.steps().indexOf(this.step()) + 1);
  protected readonly texts = computed(
    () => new Map(this.settings().questions.map((q) => [q.researchQuestionId, q.text])),
  );
  protected readonly rankedIds = computed(() => this.draft().order.slice(0, this.top()));
  protected readonly otherIds = computed(() => this.draft().order.slice(this.top()));
  protected readonly returnCodeShown = computed(() => {
    const code = this.draft().returnCode;
    return code ? formatReturnCode(code) : null;
  });

  /** Inline errors, live after the first attempt so they disappear as soon as a field is fixed. */
  protected readonly errors = computed(() => {
    const out: Partial<Record<BallotField, Message>> = {};
    if (!this.attempted()) return out;
    for (const p of this.problemsFor(this.step())) out[p.field] ??= { key: p.key, params: p.params };
    return out;
  });

  // ---------- field changes ----------

  protected patch(change: Partial<BallotDraft>): void {
    this.draft.update((d) => ({ ...d, ...change }));
    this.save();
  }

  protected setGroup(group: ParticipantGroup): void {
    this.patch({ group });
  }

  protected setAgeBand(ageBand: AgeBand): void {
    this.patch({ ageBand });
  }

  protected setAccessCode(event: Event): void {
    this.patch({ accessCode: (event.target as HTMLInputElement).value });
  }

  protected setConsent(event: Event): void {
    this.patch({ consent: (event.target as HTMLInputElement).checked });
  }

  protected setHoneypot(event: Event): void {
    this.honeypot.set((event.target as HTMLInputElement).value);
  }

  protected toggle(id: string): void {
    const res = togglePick(this.draft(), id, this.settings().maxPicks);
    this.pickRefused.set(!res.ok);
    if (res.ok) {
      this.draft.set(res.draft);
      this.save();
    }
  }

  protected move(m: RankMove): void {
    const order = moveItem(this.draft().order, m.from, m.to);
    this.patch({ order });
    const id = order[Math.max(0, Math.min(order.length - 1, m.to))];
    const place = order.indexOf(id ?? '') + 1;
    this.announce(place <= this.top() ? 'prioritise.rank.movedTo' : 'prioritise.rank.movedOut', {
      text: this.texts().get(id ?? '') ?? '',
      place,
      top: this.top(),
    });
  }

  // ---------- navigation ----------

  protected async next(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    const step = this.step();
    this.attempted.set(true);
    this.general.set(null);
    const problems = this.problemsFor(step);
    if (problems.length) return this.showSummary(problems);
    this.attempted.set(false);
    this.summary.set([]);
    if (step === 'who') return this.goTo(this.pairwise() ? 'pairs' : 'pick');
    if (step === 'pick') return this.goTo(this.draft().order.length > 1 ? 'rank' : 'review');
    if (step === 'rank') return this.goTo('review');
    if (step === 'review') await this.send();
  }

  protected back(): void {
    const step = this.step();
    this.summary.set([]);
    this.general.set(null);
    this.attempted.set(false);
    if (step === 'review') this.goTo(this.draft().order.length > 1 ? 'rank' : 'pick');
    else if (step === 'rank') this.goTo('pick');
    else if (step === 'pick' || step === 'pairs') this.goTo('who');
  }

  protected change(): void {
    this.saved.set(null);
    this.goTo('pick');
  }

  /** Pairwise: a vote came back with (possibly) a new return code. */
  protected pairwiseCode(code: string): void {
    const formatted = formatReturnCode(code);
    if (this.draft().returnCode !== formatted) {
      this.patch({ returnCode: formatted });
      this.storage.rememberReturnCode(formatted, this.slug());
    }
  }

  protected pairwiseCodeUnknown(): void {
    this.dropCode(this.draft().returnCode);
    this.general.set({ key: 'prioritise.errors.unknownCodeStart' });
    this.summary.set([]);
    this.goTo('who');
    afterNextRender(() => this.errorSummary()?.focus(), { injector: this.injector });
  }

  protected pairwiseDone(): void {
    this.goTo('done');
  }

  /** "I already have a code": its ballot (if any) comes back into the form, and the code is used from now on. */
  protected useCode(e: UsedCode): void {
    if (e.stored) this.resume(e.stored);
    this.patch({ returnCode: e.code });
    this.announce('prioritise.code.used', { code: e.code });
  }

  // ---------- internals ----------

  private start(data: Loaded): void {
    const { settings, stored, round } = data;
    const draft = restoreBallot(this.storage.readBallot(settings.round.slug), settings, newIdempotencyKey());
    // Who they are comes from the submission flow when they took part before.
    const who = this.storage.readDraft(settings.round.slug) as Partial<BallotDraft> | null;
    draft.group ??= who?.group && settings.allowedGroups.includes(who.group) ? who.group : null;
    draft.ageBand ??= who?.ageBand ?? null;
    if (!draft.accessCode && typeof who?.accessCode === 'string') draft.accessCode = who.accessCode;
    draft.returnCode = this.storage.returnCodeFor(settings.round.slug) ?? draft.returnCode;
    if (!round.requiresAccessCode) draft.accessCode = '';
    this.draft.set(draft);
    if (stored) this.resume(stored, settings);
    this.step.set('who');
    this.save();
  }

  /** `settings` is passed in: while loading, the page's own settings signal is not set yet. */
  private resume(stored: BallotResponse, s: PublicPrioritisationResponse = this.settings()): void {
    const order = orderFromBallot(
      stored,
      s.questions.map((q) => q.researchQuestionId),
      s.maxPicks,
    );
    this.draft.update((d) => ({ ...d, order }));
    this.resumed.set(stored);
    this.save();
  }

  private problemsFor(step: BallotStep): BallotProblem[] {
    const requiresAccessCode = this.data()?.round.requiresAccessCode ?? false;
    const who = validateWho(this.draft(), requiresAccessCode);
    const rejected = this.rejectedAccessCode();
    if (
      rejected !== null &&
      rejected === this.draft().accessCode &&
      !who.some((p) => p.field === 'accessCode')
    ) {
      who.unshift({ field: 'accessCode', key: 'participate.access.wrong' });
    }
    if (step === 'who' || step === 'pairs') return who;
    return [...who, ...validatePicks(this.draft(), this.settings().maxPicks)];
  }

  private showSummary(problems: BallotProblem[]): void {
    // A problem in an earlier step sends the participant back there, so the summary's links work.
    const whoFields: BallotField[] = ['accessCode', 'group', 'ageBand', 'consent'];
    if (this.step() !== 'who' && problems.some((p) => whoFields.includes(p.field))) this.step.set('who');
    else if (this.step() === 'review' && problems.some((p) => p.field === 'picks')) this.step.set('pick');
    this.summary.set(
      problems.map((p) => ({
        target: fieldTarget(p.field, this.settings()),
        message: { key: p.key, params: p.params },
      })),
    );
    afterNextRender(() => this.errorSummary()?.focus(), { injector: this.injector });
  }

  private goTo(step: BallotStep): void {
    this.step.set(step);
    afterNextRender(() => document.getElementById(`b-step-${step}`)?.focus(), { injector: this.injector });
  }

  private async send(): Promise<void> {
    const data = this.data();
    if (!data) return;
    const sent = this.draft();
    this.busy.set(true);
    try {
      const res = await firstValueFrom(
        this.api.saveBallot(
          data.settings.round.slug,
          toBallotRequest(sent, data.settings, {
            requiresAccessCode: data.round.requiresAccessCode,
            honeypot: this.honeypot(),
          }),
        ),
      );
      const code = formatReturnCode(res.returnCode);
      this.storage.rememberReturnCode(code, data.settings.round.slug);
      this.patch({ returnCode: code, idempotencyKey: newIdempotencyKey() });
      this.saved.set(res);
      this.goTo('done');
    } catch (err) {
      this.failed(sent, err);
    } finally {
      this.busy.set(false);
    }
  }

  private failed(sent: BallotDraft, err: unknown): void {
    const status = err instanceof HttpErrorResponse ? err.status : 0;
    const { general, reaction } = ballotFailure(status, serverMessage(err), !!sent.returnCode);
    if (reaction === 'rejectAccessCode') this.rejectedAccessCode.set(sent.accessCode);
    else if (reaction === 'dropCode') this.dropCode(sent.returnCode);
    else if (reaction === 'newKey') this.patch({ idempotencyKey: newIdempotencyKey() });
    this.general.set({ key: general });
    this.attempted.set(true);
    this.showSummary(this.problemsFor('review'));
  }

  /** The server does not know the code: this device forgets it everywhere, not only in this ballot. */
  private dropCode(code: string | null): void {
    if (code) this.storage.forgetCode(code);
    this.patch({ returnCode: null });
  }

  private save(): void {
    this.storage.saveBallot(this.data()?.settings.round.slug ?? this.slug(), this.draft());
  }

  private announce(key: string, params: Record<string, string | number>): void {
    // Clear first so the same sentence twice in a row is read twice.
    this.announcement.set(null);
    setTimeout(() => this.announcement.set({ key, params }), 50);
  }
}
