import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { CdkDrag, CdkDragDrop, CdkDropList } from '@angular/cdk/drag-drop';
import { TranslatePipe } from '@ngx-translate/core';
import type { RankingQuestion } from '@inbreng/contracts';
import type { Message } from '../validation';
import { rankingOrder, reorder } from './answer-helpers';
import { QuestionControl } from './question-parts';

/**
 * Put items in order: by the "hoger"/"lager" buttons (keyboard, screen reader) or by dragging. The
 * question counts as answered after the first move, or when the participant says the order is right.
 */
@Component({
  selector: 'app-q-ranking',
  imports: [TranslatePipe, CdkDropList, CdkDrag],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../participate.css', './questionnaire.css'],
  template: `
    @let q = question();
    @let b = base();
    <fieldset class="question" [class.invalid]="error()" [attr.aria-describedby]="describedBy()">
      <legend>
        {{ q.text }}
        @if (!q.required) {
          <span class="optional">{{ 'questionnaire.optional' | translate }}</span>
        }
      </legend>
      @if (q.help) {
        <p class="hint" [id]="helpId()">{{ q.help }}</p>
      }
      <p class="hint" [id]="b + '-how'">{{ 'questionnaire.ranking.how' | translate }}</p>
      @if (error(); as e) {
        <p class="field-error" [id]="errorId()">{{ e.key | translate: e.params }}</p>
      }
      <ol
        class="ranking"
        [id]="b + '-list'"
        tabindex="-1"
        [attr.aria-describedby]="b + '-how' + (error() ? ' ' + errorId() : '')"
        cdkDropList
        cdkDropListLockAxis="y"
        (cdkDropListDropped)="dropped($event)"
      >
        @for (key of order(); track key; let i = $index; let first = $first; let last = $last) {
          @let label = labels().get(key) ?? key;
          <li class="rank-item" cdkDrag>
            <span class="rank-place" aria-hidden="true">{{ i + 1 }}</span>
            <span class="rank-label">{{ label }}</span>
            <span class="rank-buttons">
              <button
                type="button"
                class="button icon"
                [id]="b + '-' + key + '-up'"
                [disabled]="first"
                [attr.aria-label]="'questionnaire.ranking.up' | translate: { item: label, place: i + 1 }"
                (click)="step(i, -1)"
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                class="button icon"
                [id]="b + '-' + key + '-down'"
                [disabled]="last"
                [attr.aria-label]="'questionnaire.ranking.down' | translate: { item: label, place: i + 1 }"
                (click)="step(i, 1)"
              >
                <span aria-hidden="true">↓</span>
              </button>
            </span>
          </li>
        }
      </ol>
      @if (!answered()) {
        <button type="button" class="button" [id]="b + '-keep'" (click)="keep()">
          {{ 'questionnaire.ranking.keep' | translate }}
        </button>
      } @else {
        <p class="hint">{{ 'questionnaire.ranking.saved' | translate }}</p>
      }
      <div class="visually-hidden" aria-live="polite">
        @if (announcement(); as a) {
          {{ a.key | translate: a.params }}
        }
      </div>
    </fieldset>
  `,
})
export class RankingQuestionComponent extends QuestionControl<RankingQuestion> {
  private readonly injector = inject(Injector);
  protected readonly announcement = signal<Message | null>(null);
  protected readonly order = computed(() => rankingOrder(this.question().options, this.value()));
  protected readonly answered = computed(() => Array.isArray(this.value()));
  protected readonly labels = computed(() => new Map(this.question().options.map((o) => [o.key, o.label])));

  protected step(index: number, by: -1 | 1): void {
    const key = this.order()[index];
    if (key === undefined) return;
    const to = index + by;
    this.move(index, to);
    // Focus stays on the arrow that was used, or the other one once the item reaches an end.
    const atEdge = (by < 0 && to === 0) || (by > 0 && to === this.order().length - 1);
    const direction = by < 0 ? (atEdge ? 'down' : 'up') : atEdge ? 'up' : 'down';
    afterNextRender(() => document.getElementById(`${this.base()}-${key}-${direction}`)?.focus(), {
      injector: this.injector,
    });
  }

  protected dropped(event: CdkDragDrop<unknown>): void {
    if (event.previousIndex !== event.currentIndex) this.move(event.previousIndex, event.currentIndex);
  }

  protected keep(): void {
    this.valueChange.emit([...this.order()]);
    this.announcement.set({ key: 'questionnaire.ranking.kept' });
    afterNextRender(() => document.getElementById(`${this.base()}-list`)?.focus(), {
      injector: this.injector,
    });
  }

  private move(from: number, to: number): void {
    const key = this.order()[from];
    const next = reorder(this.order(), from, to);
    this.valueChange.emit(next);
    this.announcement.set({
      key: 'questionnaire.ranking.moved',
      params: { item: this.labels().get(key ?? '') ?? '', place: to + 1, count: next.length },
    });
  }
}
