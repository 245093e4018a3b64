import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { PairwiseVoteRequest, ParticipantGroup, ShortlistItem } from '@inbreng/contracts';
import { firstValueFrom } from 'rxjs';
import { serverMessage } from '../../core/api-error';
import { newIdempotencyKey } from '../participate/draft';
import { type BallotDraft, pairCount, voter } from './ballot-logic';
import { PrioritiseApi } from './prioritise.api';

/** A vote waiting for the server; a retry after a network error sends the same key (counted once). */
interface PendingVote {
  pair: [string, string];
  choice: string | null;
  key: string;
}

/** Pairwise method: "which of these two matters more?", one pair at a time, skipping allowed. */
@Component({
  selector: 'app-pairwise',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../participate/participate.css', './ballot.css'],
  template: `
    <p class="hint">{{ 'prioritise.pairs.intro' | translate }}</p>
    <div class="progress-row">
      <label for="b-pair-progress">{{
        'prioritise.pairs.progress' | translate: { count: votes(), total: total() }
      }}</label>
      <progress id="b-pair-progress" [max]="total() || 1" [value]="votes()"></progress>
    </div>
    @if (problem(); as key) {
      <p class="error" role="alert">{{ key | translate }}</p>
    }
    @let p = pair();
    @if (p === undefined) {
      <p role="status">{{ 'common.loading' | translate }}</p>
    } @else if (p === null) {
      <p>{{ 'prioritise.pairs.allSeen' | translate }}</p>
      <button type="button" class="button primary" (click)="finished.emit()">
        {{ 'prioritise.pairs.finish' | translate }}
      </button>
    } @else {
      <h3 id="b-pair-heading" tabindex="-1" class="pair-heading">
        {{ 'prioritise.pairs.question' | translate }}
      </h3>
      <div class="pair">
        @for (id of p; track id; let i = $index) {
          <section class="pair-card" [attr.aria-labelledby]="'b-pair-label-' + i">
            <h4 class="pair-label" [id]="'b-pair-label-' + i">
              {{ (i === 0 ? 'prioritise.pairs.first' : 'prioritise.pairs.second') | translate }}
            </h4>
            <p class="pair-text" [id]="'b-pair-text-' + i">{{ textOf(id) }}</p>
            <button
              type="button"
              class="button primary"
              [attr.aria-describedby]="'b-pair-text-' + i"
              [disabled]="busy()"
              (click)="vote(p, id)"
            >
              {{ 'prioritise.pairs.choose' | translate }}
            </button>
          </section>
          @if (i === 0) {
            <p class="pair-or" aria-hidden="true">{{ 'prioritise.pairs.or' | translate }}</p>
          }
        }
      </div>
      <div class="actions">
        <button type="button" class="button" [disabled]="busy()" (click)="vote(p, null)">
          {{ 'prioritise.pairs.skip' | translate }}
        </button>
        @if (votes() > 0) {
          <button type="button" class="button" (click)="finished.emit()">
            {{ 'prioritise.pairs.stop' | translate }}
          </button>
        }
      </div>
    }
  `,
})
export class PairwiseComponent implements OnInit {
  readonly slug = input.required<string>();
  readonly questions = input.required<ShortlistItem[]>();
  readonly draft = input.required<BallotDraft>();
  readonly allowedGroups = input.required<ParticipantGroup[]>();
  readonly requiresAccessCode = input(false);
  readonly honeypot = input('');
  /** The return code the server gave (first vote) or confirmed (later votes). */
  readonly code = output<string>();
  readonly finished = output<void>();
  readonly codeUnknown = output<void>();

  private readonly api = inject(PrioritiseApi);
  private readonly injector = inject(Injector);
  /** undefined: loading; null: nothing left to compare. */
  protected readonly pair = signal<[string, string] | null | undefined>(undefined);
  protected readonly votes = signal(0);
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  private pending: PendingVote | null = null;

  protected readonly total = computed(() => pairCount(this.questions().length));
  private readonly texts = computed(
    () => new Map(this.questions().map((q) => [q.researchQuestionId, q.text])),
  );

  ngOnInit(): void {
    void this.loadFirst();
  }

  private async loadFirst(): Promise<void> {
    try {
      const res = await firstValueFrom(this.api.pairwiseNext(this.slug(), this.draft().returnCode));
      this.pair.set(res.next);
    } catch (err) {
      if (err instanceof HttpErrorResponse && err.status === 404 && this.draft().returnCode) {
        // The code is unknown here (deleted, or from another round): the page drops it and starts afresh.
        this.codeUnknown.emit();
        return;
      }
      this.pair.set(null);
      this.problem.set(this.problemKey(err));
    }
  }

  protected textOf(id: string): string {
    return this.texts().get(id) ?? '';
  }

  protected async vote(pair: [string, string], choice: string | null): Promise<void> {
    if (this.busy()) return;
    const same = this.pending && this.pending.pair === pair && this.pending.choice === choice;
    const pending: PendingVote =
      same && this.pending ? this.pending : { pair, choice, key: newIdempotencyKey() };
    this.pending = pending;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const res = await firstValueFrom(this.api.pairwiseVote(this.slug(), this.request(pending)));
      this.pending = null;
      this.code.emit(res.returnCode);
      this.votes.set(res.votes);
      this.pair.set(res.next);
      this.focusPair();
    } catch (err) {
      this.problem.set(this.problemKey(err));
    } finally {
      this.busy.set(false);
    }
  }

  private request(p: PendingVote): PairwiseVoteRequest {
    return {
      idempotencyKey: p.key,
      ...voter(
        this.draft(),
        { allowedGroups: this.allowedGroups() },
        {
          requiresAccessCode: this.requiresAccessCode(),
          honeypot: this.honeypot(),
        },
      ),
      pair: p.pair,
      choice: p.choice,
    };
  }

  private problemKey(err: unknown): string {
    const status = err instanceof HttpErrorResponse ? err.status : 0;
    if (status === 0 || status >= 500) return 'prioritise.errors.network';
    if (status === 403) return 'prioritise.errors.accessCode';
    if (status === 409 && /idempotency/i.test(serverMessage(err) ?? '')) {
      this.pending = null;
      return 'participate.errors.retry';
    }
    if (status === 409 || status === 404) return 'prioritise.errors.closed';
    if (status === 429) return 'participate.errors.tooMany';
    return 'participate.errors.badRequest';
  }

  private focusPair(): void {
    afterNextRender(() => document.getElementById('b-pair-heading')?.focus(), { injector: this.injector });
  }
}
