import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { PluralPipe } from '../../core/plural.pipe';
import type {
  DeleteMyDataResponse,
  MyInputResponse,
  MyInputTraceResponse,
  MySubmissionTrace,
  PublicRoundResponse,
  PublicSubmission,
} from '@inbreng/contracts';
import { catchError, firstValueFrom, of } from 'rxjs';
import { errorKey } from '../../core/api-error';
import { LanguageService } from '../../core/i18n';
import { ForgetCodeComponent } from './forget-code.component';
import { ForgetOnDevice } from './forget-on-device';
import { EmailCodeComponent } from './email-code.component';
import { HelpPanelComponent } from './help-panel.component';
import { LocalDatePipe } from './local-date.pipe';
import { MyDataComponent } from './my-data.component';
import { MyInputApi } from './my-input.api';
import { MyInputTraceComponent } from './my-input-trace.component';
import { MyQuestionnairesComponent } from './my-questionnaires.component';
import { ParticipationApi } from './participation.api';
import { ParticipationStorage } from './participation-storage';
import { RETURN_CODE_LENGTH, formatReturnCode, normalizeReturnCode } from './return-code';

type Lookup =
  | { status: 'idle' }
  | { status: 'loading' }
  | {
      status: 'ok';
      data: MyInputResponse;
      round: PublicRoundResponse | null;
      /** What became of each submission (themes, research questions, places); null when unavailable. */
      trace: MyInputTraceResponse | null;
    }
  | { status: 'deleted'; result: DeleteMyDataResponse }
  | { status: 'error'; key: string };

/** `/mijn-inbreng`: what happened with my input. The code is typed or remembered, never in the URL. */
@Component({
  selector: 'app-my-input-page',
  imports: [
    TranslatePipe,
    PluralPipe,
    RouterLink,
    LocalDatePipe,
    HelpPanelComponent,
    MyInputTraceComponent,
    MyQuestionnairesComponent,
    MyDataComponent,
    ForgetCodeComponent,
    EmailCodeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['./participate.css', './my-input.page.css'],
  template: `
    <div class="my-input">
      <h1>{{ 'myInput.title' | translate }}</h1>
      <p class="lead">{{ 'myInput.intro' | translate }}</p>

      <form novalidate (submit)="lookUp($event)">
        <div class="field">
          <label for="mi-code">{{ 'myInput.codeLabel' | translate }}</label>
          <p id="mi-code-hint" class="hint">{{ 'myInput.codeHint' | translate }}</p>
          @if (codeError(); as key) {
            <p id="mi-code-error" class="field-error">{{ key | translate }}</p>
          }
          <input
            #codeInput
            id="mi-code"
            type="text"
            class="code-input"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            [value]="code()"
            [attr.aria-invalid]="codeError() ? true : null"
            [attr.aria-describedby]="codeError() ? 'mi-code-hint mi-code-error' : 'mi-code-hint'"
            (input)="setCode($event)"
          />
        </div>
        <button type="submit" class="button primary" [disabled]="lookup().status === 'loading'">
          {{ 'myInput.submit' | translate }}
        </button>
      </form>

      <div aria-live="polite" class="visually-hidden" data-testid="my-input-status">
        @if (lookup().status === 'loading') {
          {{ 'common.loading' | translate }}
        } @else if (forgotten()) {
          {{ 'participate.forget.done' | translate }}
        }
      </div>
      @let l = lookup();
      @if (l.status === 'error') {
        <p class="error" role="alert">{{ l.key | translate }}</p>
      } @else if (l.status === 'ok') {
        <section class="results" aria-labelledby="mi-results">
          <h2 id="mi-results" #results tabindex="-1">
            {{ 'myInput.resultsTitle' | translate: { round: l.data.round.title } }}
          </h2>
          <p>
            {{ 'myInput.youAre' | translate }}
            <strong>
              {{ 'groups.' + l.data.group | translate }}
              @if (l.data.ageBand) {
                ({{ 'ageBands.' + l.data.ageBand | translate }})
              }
            </strong>
          </p>
          @if (urgent()) {
            <app-help-panel [headingLevel]="3" />
          }
          <p>{{ 'myInput.count' | plural: l.data.submissions.length }}</p>
          <ul class="items">
            @for (s of l.data.submissions; track s.id) {
              <!-- a target of the links from "Vragenlijsten" (answers sent on as input) -->
              <li class="item" data-testid="my-submission" [id]="'mi-sub-' + s.id" tabindex="-1">
                <div class="item-head">
                  <h3 class="item-kind">{{ 'kinds.' + s.kind | translate }}</h3>
                  <p class="badge" [class]="'badge-' + s.status">
                    <span class="visually-hidden">{{ 'myInput.statusLabel' | translate }}</span>
                    {{ 'submissionStatus.' + s.status | translate }}
                  </p>
                </div>
                <p class="meta">
                  {{ 'myInput.sentOn' | translate: { date: (s.createdAt | localDate: lang()) } }}
                </p>
                <p class="item-text">{{ s.text }}</p>
                @if (s.lifeDomains.length) {
                  <p class="meta">
                    {{ 'myInput.domains' | translate: { list: domainLabels(s, l.round) } }}
                  </p>
                }
                <p class="status-text">{{ 'myInput.statusText.' + s.status | translate }}</p>
                @if (s.status === 'rejected') {
                  <p>
                    <strong>{{ 'myInput.reason' | translate }}</strong>
                    {{ 'rejectionReasons.' + (s.rejectionReason ?? 'other') | translate }}
                  </p>
                  @if (s.rejectionNote) {
                    <p>
                      <strong>{{ 'myInput.note' | translate }}</strong>
                      {{ s.rejectionNote }}
                    </p>
                  }
                }
                @if (traceOf(l.trace, s.id); as t) {
                  <app-my-input-trace
                    [trace]="t"
                    [roundStatus]="l.trace?.round?.status ?? l.data.round.status"
                    [roundSlug]="l.data.round.slug"
                    [agendaPublished]="!!l.trace?.agendaUrl"
                  />
                }
              </li>
            }
          </ul>
          @if (l.trace?.questionnaires?.length) {
            <app-my-questionnaires
              [questionnaires]="l.trace?.questionnaires ?? []"
              [submissions]="l.data.submissions"
            />
          }
          @if (l.data.round.status === 'open') {
            <p>
              <a class="button" [routerLink]="['/r', l.data.round.slug]">{{
                'myInput.addMore' | translate
              }}</a>
            </p>
          } @else if (l.data.round.status === 'prioritising') {
            <p>
              <a class="button primary" [routerLink]="['/r', l.data.round.slug, 'prioriteren']">{{
                'myTrace.vote' | translate
              }}</a>
            </p>
          }
          @if (l.trace?.agendaUrl) {
            <p>
              <a class="button primary" [routerLink]="['/r', l.data.round.slug, 'agenda']">{{
                'myTrace.agendaButton' | translate
              }}</a>
            </p>
          }
          <app-email-code [code]="code()" [available]="l.round?.emailAvailable ?? false" />
          <app-my-data
            [code]="code()"
            [slug]="l.data.round.slug"
            (deleted)="deleted(l.data.round.slug, $event)"
          />
        </section>
      } @else if (l.status === 'deleted') {
        <section class="results" aria-labelledby="mi-deleted" data-testid="my-data-deleted">
          <h2 id="mi-deleted" #results tabindex="-1">{{ 'myData.done.title' | translate }}</h2>
          <p>
            {{
              'myData.done.counts'
                | translate
                  : {
                      submissions: l.result.deletedSubmissions,
                      responses: l.result.deletedResponses,
                      ballots: l.result.deletedBallots,
                    }
            }}
          </p>
          <p>{{ 'myData.done.code' | translate }}</p>
        </section>
      }

      <!-- Last, after "Jouw gegevens": it only concerns this device, never the input itself. -->
      @if (remembered()) {
        <div class="forget">
          <app-forget-code idPrefix="mi" (forget)="forgetCode()" />
        </div>
      } @else if (forgotten()) {
        <p id="mi-forgotten" class="notice forget" tabindex="-1" data-testid="forgotten">
          {{ 'participate.forget.done' | translate }}
        </p>
      }
    </div>
  `,
})
export class MyInputPage {
  private readonly api = inject(ParticipationApi);
  private readonly myInputApi = inject(MyInputApi);
  private readonly storage = inject(ParticipationStorage);
  private readonly forgetting = inject(ForgetOnDevice);
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LanguageService).current;
  private readonly codeInput = viewChild.required<ElementRef<HTMLInputElement>>('codeInput');
  private readonly results = viewChild<ElementRef<HTMLElement>>('results');

  protected readonly code = signal(formatReturnCode(this.storage.lastReturnCode() ?? ''));
  protected readonly codeError = signal<string | null>(null);
  /** This device keeps a return code: offer to forget it (shared devices). */
  protected readonly remembered = signal(this.storage.remembersACode());
  protected readonly forgotten = signal(false);
  protected readonly lookup = signal<Lookup>({ status: 'idle' });
  protected readonly urgent = computed(() => {
    const l = this.lookup();
    return l.status === 'ok' && l.data.submissions.some((s) => s.urgent);
  });

  protected setCode(event: Event): void {
    this.code.set((event.target as HTMLInputElement).value);
    this.codeError.set(null);
  }

  protected domainLabels(s: PublicSubmission, round: PublicRoundResponse | null): string {
    const labels = new Map((round?.lifeDomains ?? []).map((d) => [d.code, d.label]));
    return s.lifeDomains.map((c) => labels.get(c) ?? c).join(', ');
  }

  protected async lookUp(event: Event): Promise<void> {
    event.preventDefault();
    if (this.lookup().status === 'loading') return;
    const code = normalizeReturnCode(this.code());
    if (!code) return this.invalid('myInput.required');
    if (code.length !== RETURN_CODE_LENGTH) return this.invalid('myInput.wrongLength');
    this.codeError.set(null);
    this.lookup.set({ status: 'loading' });
    try {
      const data = await firstValueFrom(this.api.myInput(formatReturnCode(code)));
      // Labels of life domains come with the round; without them the codes are shown.
      // The trace adds what became of each submission; without it the page still shows the basics.
      const [round, trace] = await Promise.all([
        firstValueFrom(this.api.getRound(data.round.slug).pipe(catchError(() => of(null)))),
        firstValueFrom(this.myInputApi.trace(formatReturnCode(code)).pipe(catchError(() => of(null)))),
      ]);
      this.storage.rememberReturnCode(formatReturnCode(code), data.round.slug);
      this.remembered.set(true);
      this.forgotten.set(false);
      this.code.set(formatReturnCode(code));
      this.lookup.set({ status: 'ok', data, round, trace });
      afterNextRender(() => this.results()?.nativeElement.focus(), { injector: this.injector });
    } catch (err) {
      if (err instanceof HttpErrorResponse && err.status === 404) {
        // An unknown code is of no use: if this device kept it, it forgets it.
        this.storage.forgetCode(code);
        this.remembered.set(this.storage.remembersACode());
        this.lookup.set({ status: 'idle' });
        this.invalid('myInput.unknown');
      } else {
        this.lookup.set({ status: 'error', key: errorKey(err) });
      }
    }
  }

  protected traceOf(trace: MyInputTraceResponse | null, submissionId: string): MySubmissionTrace | null {
    return trace?.items.find((t) => t.submission.id === submissionId) ?? null;
  }

  /** Everything is gone: this device forgets the code too, and focus moves to the outcome. */
  protected deleted(slug: string, result: DeleteMyDataResponse): void {
    this.storage.forgetCode(this.code());
    this.remembered.set(this.storage.remembersACode());
    this.code.set('');
    this.lookup.set({ status: 'deleted', result });
    afterNextRender(() => this.results()?.nativeElement.focus(), { injector: this.injector });
  }

  /** Forgets every code this device keeps (and what goes with them), and hides what they showed. */
  protected forgetCode(): void {
    void this.forgetting.forgetAll();
    this.code.set('');
    this.codeError.set(null);
    this.lookup.set({ status: 'idle' });
    this.remembered.set(false);
    this.forgotten.set(true);
    afterNextRender(() => document.getElementById('mi-forgotten')?.focus(), { injector: this.injector });
  }

  private invalid(key: string): void {
    this.codeError.set(key);
    afterNextRender(() => this.codeInput().nativeElement.focus(), { injector: this.injector });
  }
}
