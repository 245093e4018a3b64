import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import type { SendToSynthesisResponse } from '@inbreng/contracts';
import { debounceTime, distinctUntilChanged, firstValueFrom } from 'rxjs';
import { LanguageService } from '../../../../core/i18n';
import { PluralPipe } from '../../../../core/plural.pipe';
import { ApiProblem, toApiProblem } from '../../shared/api-problem';
import { asResult } from '../../shared/result';
import { StaffDatePipe } from '../../shared/staff-date.pipe';
import { workspaceRole } from '../../shared/staff-access';
import { type ResultsQuery, StaffQuestionnairesApi } from '../staff-questionnaires.api';
import { OpenAnswerOriginalComponent } from './open-answer-original.component';

export interface OpenAnswersContext {
  workspaceId: string;
  roundId: string;
  questionnaireId: string;
  query: ResultsQuery;
}

const SEARCH_DEBOUNCE_MS = 300;
const PAGE_SIZE = 20;

/** The open answers of one question (redacted), with search, paging and "send to synthesis". */
@Component({
  selector: 'app-open-answers',
  imports: [TranslatePipe, PluralPipe, StaffDatePipe, OpenAnswerOriginalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/staff.css', './results.css'],
  template: `
    @let base = 'oa-' + questionKey();
    <div class="open-answers">
      <div class="field search">
        <label [for]="base + '-search'">{{ 'qResults.open.search' | translate }}</label>
        <input type="search" [id]="base + '-search'" [value]="search()" (input)="setSearch($event)" />
      </div>
      @if (page.hasValue()) {
        @let res = page.value();
        @if (res.ok && res.value.suppressed) {
          <p class="notice">{{ 'qResults.open.suppressed' | translate }}</p>
        } @else if (res.ok) {
          <p role="status" class="meta" data-testid="open-found">
            {{ 'qResults.open.found' | translate: { total: res.value.total, count: count() } }}
          </p>
          <ul class="answer-list">
            @for (a of res.value.items; track a.responseId) {
              <li [class.urgent]="a.urgent">
                <p class="answer-text">{{ a.text }}</p>
                <p class="meta">
                  {{ 'staffGroups.' + a.group | translate }}
                  @if (a.ageBand) {
                    ({{ a.ageBand }})
                  }
                  · {{ a.submittedAt | staffDate: lang() }}
                  @if (a.source === 'other') {
                    · {{ 'qResults.open.other' | translate }}
                  }
                  @if (a.urgent) {
                    · <strong>{{ 'qResults.open.urgent' | translate }}</strong>
                  }
                  @if (a.submissionId) {
                    · {{ 'qResults.open.sent' | translate }}
                  }
                  @if (a.redacted) {
                    · {{ 'qResults.open.redacted' | translate }}
                  }
                </p>
                @if (mayReadOriginal() && (a.redacted || a.urgent)) {
                  <app-open-answer-original
                    [workspaceId]="context().workspaceId"
                    [questionnaireId]="context().questionnaireId"
                    [answer]="a"
                  />
                }
              </li>
            } @empty {
              <li>{{ 'qResults.open.none' | translate }}</li>
            }
          </ul>
          @if (pages(res.value.total) > 1) {
            <div class="actions pager">
              <button
                type="button"
                class="button"
                [disabled]="pageNo() <= 1"
                (click)="pageNo.set(pageNo() - 1)"
              >
                {{ 'qResults.open.previous' | translate }}
              </button>
              <span>{{
                'qResults.open.page' | translate: { page: pageNo(), pages: pages(res.value.total) }
              }}</span>
              <button
                type="button"
                class="button"
                [disabled]="pageNo() >= pages(res.value.total)"
                (click)="pageNo.set(pageNo() + 1)"
              >
                {{ 'qResults.open.next' | translate }}
              </button>
            </div>
          }
        } @else {
          <p class="error" role="alert">{{ res.problem.key | translate }}</p>
        }
      }
      <div class="synthesis box">
        <div class="field">
          <label [for]="base + '-kind'">{{ 'qResults.open.kind' | translate }}</label>
          <select [id]="base + '-kind'" (change)="setKind($event)">
            <option value="experience" [selected]="kind() === 'experience'">
              {{ 'staffKinds.experience' | translate }}
            </option>
            <option value="question" [selected]="kind() === 'question'">
              {{ 'staffKinds.question' | translate }}
            </option>
          </select>
        </div>
        <button type="button" class="button" [disabled]="sending()" (click)="send()">
          {{ 'qResults.open.toSynthesis' | translate }}
        </button>
        <p role="status" class="success">
          @if (sent(); as s) {
            <span data-testid="sent-created">{{ 'qResults.open.sentCreated' | plural: s.created }}</span>
            {{ 'qResults.open.sentAlready' | plural: s.alreadySent }}
            {{ 'qResults.open.sentShort' | plural: s.tooShort }}
          }
        </p>
        @if (sendProblem(); as p) {
          <p class="error" role="alert">{{ p.key | translate }}</p>
        }
      </div>
    </div>
  `,
})
export class OpenAnswersComponent {
  readonly context = input.required<OpenAnswersContext>();
  readonly questionKey = input.required<string>();
  readonly count = input(0);

  private readonly api = inject(StaffQuestionnairesApi);
  private readonly role = workspaceRole(computed(() => this.context().workspaceId));
  /**
   * The API lets the moderator role (and admin, which includes it) read originals; the web mirrors that,
   * so staff without a role in this workspace never see the control (the API refuses them anyway).
   */
  protected readonly mayReadOriginal = computed(() => {
    const r = this.role();
    return r === 'moderator' || r === 'admin';
  });
  protected readonly lang = inject(LanguageService).current;
  protected readonly search = signal('');
  protected readonly pageNo = signal(1);
  protected readonly kind = signal<'experience' | 'question'>('experience');
  protected readonly sending = signal(false);
  protected readonly sent = signal<SendToSynthesisResponse | null>(null);
  protected readonly sendProblem = signal<ApiProblem | null>(null);
  private readonly debouncedSearch = toSignal(
    toObservable(this.search).pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged()),
    { initialValue: '' },
  );
  protected readonly page = rxResource({
    params: () => ({
      c: this.context(),
      questionKey: this.questionKey(),
      search: this.debouncedSearch().trim(),
      page: this.pageNo(),
    }),
    stream: ({ params }) =>
      asResult(
        this.api.openAnswers(params.c.workspaceId, params.c.questionnaireId, {
          ...params.c.query,
          questionKey: params.questionKey,
          search: params.search || undefined,
          limit: PAGE_SIZE,
          offset: (params.page - 1) * PAGE_SIZE,
        }),
      ),
  });

  protected pages(total: number): number {
    return Math.max(1, Math.ceil(total / PAGE_SIZE));
  }

  protected setSearch(event: Event): void {
    this.search.set((event.target as HTMLInputElement).value);
    this.pageNo.set(1);
  }

  protected setKind(event: Event): void {
    this.kind.set((event.target as HTMLSelectElement).value === 'question' ? 'question' : 'experience');
  }

  protected async send(): Promise<void> {
    const c = this.context();
    this.sending.set(true);
    this.sent.set(null);
    this.sendProblem.set(null);
    try {
      const res = await firstValueFrom(
        this.api.toSynthesis(c.workspaceId, c.questionnaireId, {
          questionKey: this.questionKey(),
          kind: this.kind(),
        }),
      );
      this.sent.set(res);
      this.page.reload();
    } catch (err) {
      this.sendProblem.set(toApiProblem(err));
    } finally {
      this.sending.set(false);
    }
  }
}
