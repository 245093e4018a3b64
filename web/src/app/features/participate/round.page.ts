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
import { OptionSelectComponent, namedOptions } from '../../shared/option-select.component';
import {
  SUBMISSION_KINDS,
  type AgeBand,
  type CreateSubmissionResponse,
  type ParticipantGroup,
  type PublicRoundResponse,
  type SubmissionKind,
} from '@inbreng/contracts';
import { catchError, firstValueFrom, map, of, startWith, switchMap, tap } from 'rxjs';
import { errorKey, serverMessage } from '../../core/api-error';
import { ErrorSummaryComponent } from '../../shared/error-summary.component';
import { ConfirmationPanelComponent } from './confirmation-panel.component';
import { ConsentStepComponent } from './consent-step.component';
import { ForgetCodeComponent } from './forget-code.component';
import { ForgetOnDevice } from './forget-on-device';
import {
  type Draft,
  emptyDraft,
  hasContent,
  newIdempotencyKey,
  nextItem,
  restoreDraft,
  toRequest,
} from './draft';
import { LanguageService } from '../../core/i18n';
import { HelpPanelComponent } from './help-panel.component';
import { LocalDatePipe } from './local-date.pipe';
import { ParticipationApi } from './participation.api';
import { ParticipationStorage } from './participation-storage';
import { RoundQuestionnairesComponent } from './questionnaire/round-questionnaires.component';
import { formatReturnCode } from './return-code';
import { announceCountAfterPause, watchForCrisis } from './typing-watchers';
import { SEND_FAILURE_KEYS, classifySendFailure } from './send-failure';
import {
  MAX_LIFE_DOMAINS,
  TEXT_LIMITS,
  type DraftField,
  type FieldProblem,
  type Message,
  fieldId,
  textLength,
  validateDraft,
} from './validation';
import { type KnownWho, WhoStepComponent, whoOf } from './who-step.component';

type Load =
  | { status: 'loading' }
  | { status: 'ok'; round: PublicRoundResponse }
  | { status: 'error'; key: string; notFound: boolean };

/** `/r/:slug`: one page, three steps that open up as you go; the draft is kept on this device. */
@Component({
  selector: 'app-round-page',
  imports: [
    TranslatePipe,
    OptionSelectComponent,
    RouterLink,
    LocalDatePipe,
    WhoStepComponent,
    ConsentStepComponent,
    HelpPanelComponent,
    ConfirmationPanelComponent,
    ErrorSummaryComponent,
    RoundQuestionnairesComponent,
    ForgetCodeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './round.page.html',
  styleUrls: ['./participate.css', './round.page.css'],
})
export class RoundPage {
  private readonly api = inject(ParticipationApi);
  private readonly storage = inject(ParticipationStorage);
  private readonly forgetting = inject(ForgetOnDevice);
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LanguageService).current;
  readonly slug = input.required<string>();

  protected readonly kinds = SUBMISSION_KINDS;
  protected readonly limits = TEXT_LIMITS;
  protected readonly maxDomains = MAX_LIFE_DOMAINS;

  protected readonly draft = signal<Draft>(emptyDraft());
  /** Set when a stored draft with content was found: we tell the participant we kept it. */
  protected readonly restored = signal(false);
  protected readonly honeypot = signal('');
  protected readonly busy = signal(false);
  protected readonly confirmation = signal<CreateSubmissionResponse | null>(null);
  /** After the first submit attempt, fields show their errors as they change. */
  private readonly attempted = signal(false);
  /** The access code the API refused (403); its error shows until the participant changes it. */
  private readonly rejectedAccessCode = signal<string | null>(null);
  protected readonly summary = signal<FieldProblem[]>([]);
  protected readonly general = signal<Message | null>(null);
  /** A returning participant's group as the API keeps it (their first one): shown, not asked. */
  protected readonly knownWho = signal<KnownWho | null>(null);
  /** Asking the API for that group, when this device does not know it. */
  protected readonly whoLoading = signal(false);
  /** After "forget my code": the page is that of a new participant, and says so. */
  protected readonly forgotten = signal(false);

  private readonly crisisTyped = signal(false);
  private readonly urgentSubmitted = signal(false);
  protected readonly showHelp = computed(() => this.crisisTyped() || this.urgentSubmitted());
  /** Polite live regions: one for news (help panel, copy), one for the character counter. */
  protected readonly announcement = signal<Message | null>(null);
  protected readonly counterAnnouncement = signal<Message | null>(null);
  private helpAnnounced = false;
  private typed = false;

  private readonly errorSummary = viewChild(ErrorSummaryComponent);
  private readonly confirmationPanel = viewChild(ConfirmationPanelComponent);

  protected readonly load = toSignal(
    toObservable(this.slug).pipe(
      switchMap((slug) =>
        this.api.getRound(slug).pipe(
          tap((round) => this.startDraft(round)),
          map((round): Load => ({ status: 'ok', round })),
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

  protected readonly round = computed(() => {
    const l = this.load();
    return l.status === 'ok' ? l.round : null;
  });

  protected readonly wijkOptions = computed(() => namedOptions(this.round()?.wijken ?? []));
  protected readonly inputLineOptions = computed(() => namedOptions(this.round()?.inputLines ?? []));

  protected readonly notYetOpen = computed(() => {
    const r = this.round();
    return !!r && !r.acceptingSubmissions && !!r.opensAt && new Date(r.opensAt).getTime() > Date.now();
  });

  protected readonly whoDone = computed(() => {
    const d = this.draft();
    return d.group !== null && (d.group !== 'youth' || d.ageBand !== null);
  });
  protected readonly young = computed(
    () => this.draft().group === 'youth' && this.draft().ageBand === '12-15',
  );
  protected readonly prompt = computed(() => {
    const r = this.round();
    const g = this.draft().group;
    return r ? (g && r.groupPrompts[g]) || r.prompt : '';
  });
  protected readonly length = computed(() => textLength(this.draft().text));
  protected readonly returnCodeShown = computed(() => {
    const code = this.draft().returnCode;
    return code ? formatReturnCode(code) : null;
  });

  /** Inline errors: live after the first attempt, so they disappear as soon as a field is fixed. */
  protected readonly errors = computed(() => {
    const out: Partial<Record<DraftField, Message>> = {};
    const r = this.round();
    if (!r || !this.attempted()) return out;
    for (const p of this.currentProblems(r)) out[p.field] ??= p.message;
    return out;
  });

  constructor() {
    watchForCrisis(
      () => this.draft().text,
      () => this.raiseHelp(), // sticky: once shown, the help stays in view
    );
    announceCountAfterPause(
      this.length,
      () => this.typed,
      (m) => this.counterAnnouncement.set(m),
    );
  }

  protected patch(change: Partial<Draft>): void {
    this.draft.update((d) => ({ ...d, ...change }));
    this.save();
  }

  protected setGroup(group: ParticipantGroup): void {
    this.patch({ group });
  }

  protected setAgeBand(ageBand: AgeBand): void {
    this.patch({ ageBand });
  }

  protected setKind(kind: SubmissionKind): void {
    this.patch({ kind });
  }

  protected setText(event: Event): void {
    this.typed = true;
    this.patch({ text: (event.target as HTMLTextAreaElement).value });
  }

  protected setAccessCode(event: Event): void {
    this.patch({ accessCode: (event.target as HTMLInputElement).value });
  }

  protected setQuoteConsent(event: Event): void {
    this.patch({ quoteConsent: (event.target as HTMLInputElement).checked });
  }

  protected setHoneypot(event: Event): void {
    this.honeypot.set((event.target as HTMLInputElement).value);
  }

  protected toggleDomain(code: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const current = this.draft().lifeDomains.filter((c) => c !== code);
    this.patch({ lifeDomains: checked ? [...current, code] : current });
  }

  protected describedBy(...ids: (string | false | null | undefined)[]): string | null {
    const list = ids.filter((id): id is string => !!id);
    return list.length ? list.join(' ') : null;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const round = this.round();
    if (!round || this.busy()) return; // a double click must not send twice
    this.attempted.set(true);
    this.general.set(null);
    const problems = this.currentProblems(round);
    if (problems.length) {
      this.showSummary(problems);
      return;
    }
    const sent = this.draft();
    this.busy.set(true);
    try {
      const res = await firstValueFrom(this.api.submit(round.slug, toRequest(sent, round, this.honeypot())));
      this.confirmed(round, sent, res);
    } catch (err) {
      this.failed(round, sent, err);
    } finally {
      this.busy.set(false);
    }
  }

  /** Forgets the code and what was filled in with it on this device; the page starts afresh. */
  protected forgetCode(round: PublicRoundResponse): void {
    const code = this.draft().returnCode;
    if (code) void this.forgetting.forget(code, round.slug);
    this.knownWho.set(null);
    this.draft.set(emptyDraft());
    this.save();
    this.restored.set(false);
    this.attempted.set(false);
    this.summary.set([]);
    this.general.set(null);
    this.forgotten.set(true);
    // Cleared first, so saying it a second time in one visit is read out again.
    this.announcement.set(null);
    afterNextRender(
      () => {
        this.announcement.set({ key: 'participate.forget.done' });
        document.getElementById('p-forgotten')?.focus();
      },
      { injector: this.injector },
    );
  }

  protected addMore(): void {
    this.confirmation.set(null);
    afterNextRender(() => document.getElementById('p-item-heading')?.focus(), { injector: this.injector });
  }

  private startDraft(round: PublicRoundResponse): void {
    const draft = restoreDraft(this.storage.readDraft(round.slug), round);
    draft.returnCode ??= this.storage.returnCodeFor(round.slug);
    this.restored.set(hasContent(draft));
    this.confirmation.set(null);
    this.attempted.set(false);
    this.summary.set([]);
    this.general.set(null);
    this.draft.set(draft);
    this.save();
    this.forgotten.set(false);
    this.knownWho.set(null);
    if (draft.returnCode) {
      // What this device remembers is shown at once; the API has the final word.
      if (draft.group) this.knownWho.set(whoOf(draft.group, draft.ageBand));
      void this.loadWho(round, draft.returnCode);
    }
  }

  /** A returning participant keeps the group they started with: ask the API which one that is. */
  private async loadWho(round: PublicRoundResponse, code: string): Promise<void> {
    this.whoLoading.set(!this.knownWho());
    try {
      const mine = await firstValueFrom(this.api.myInput(code));
      if (this.draft().returnCode !== code || mine.round.slug !== round.slug) return;
      this.knownWho.set(whoOf(mine.group, mine.ageBand));
      this.patch({ group: mine.group, ageBand: mine.ageBand });
    } catch (err) {
      // An unknown code is of no use anywhere; on other failures the page goes on with what it has.
      if (err instanceof HttpErrorResponse && err.status === 404 && this.draft().returnCode === code) {
        this.dropUnknownCode(code);
      }
    } finally {
      this.whoLoading.set(false);
    }
  }

  private save(): void {
    const round = this.round();
    this.storage.saveDraft(round?.slug ?? this.slug(), this.draft());
  }

  private currentProblems(round: PublicRoundResponse): FieldProblem[] {
    const problems = validateDraft(this.draft(), round);
    const rejected = this.rejectedAccessCode();
    if (
      rejected !== null &&
      rejected === this.draft().accessCode &&
      !problems.some((p) => p.field === 'accessCode')
    ) {
      problems.unshift({
        field: 'accessCode',
        target: fieldId('accessCode', round),
        message: { key: 'participate.access.wrong' },
      });
    }
    return problems;
  }

  private confirmed(round: PublicRoundResponse, sent: Draft, res: CreateSubmissionResponse): void {
    const code = formatReturnCode(res.returnCode);
    this.storage.rememberReturnCode(code, round.slug);
    this.forgotten.set(false);
    // A first item's group is the one the API keeps from now on; with an older code, ask which it was.
    if (!sent.returnCode && sent.group) this.knownWho.set(whoOf(sent.group, sent.ageBand));
    else if (!this.knownWho()) void this.loadWho(round, code);
    this.draft.set(nextItem(this.draft(), code));
    this.save();
    this.attempted.set(false);
    this.summary.set([]);
    this.restored.set(false);
    this.confirmation.set(res);
    if (res.submission.urgent) {
      this.urgentSubmitted.set(true);
      this.raiseHelp();
    }
    afterNextRender(() => this.confirmationPanel()?.focus(), { injector: this.injector });
  }

  private failed(round: PublicRoundResponse, sent: Draft, err: unknown): void {
    const status = err instanceof HttpErrorResponse ? err.status : 0;
    const failure = classifySendFailure(status, serverMessage(err) ?? null, sent.returnCode !== null);
    if (failure === 'accessCode') {
      this.rejectedAccessCode.set(sent.accessCode);
    } else {
      // A kept code the server does not know (e.g. deleted): the next send starts with a new one.
      if (failure === 'unknownCode' && sent.returnCode) this.dropUnknownCode(sent.returnCode);
      if (failure === 'idempotencyConflict') this.patch({ idempotencyKey: newIdempotencyKey() });
      this.general.set({ key: SEND_FAILURE_KEYS[failure] });
    }
    this.showSummary(this.currentProblems(round));
  }

  /** The server does not know this code: the device forgets it, the next send gets a new one. */
  private dropUnknownCode(code: string): void {
    this.storage.forgetCode(code);
    this.knownWho.set(null);
    this.patch({ returnCode: null });
  }

  private showSummary(problems: FieldProblem[]): void {
    this.summary.set(problems);
    afterNextRender(() => this.errorSummary()?.focus(), { injector: this.injector });
  }

  private raiseHelp(): void {
    this.crisisTyped.set(true);
    if (this.helpAnnounced) return;
    this.helpAnnounced = true;
    this.announcement.set({ key: 'participate.announce.help' });
  }
}
