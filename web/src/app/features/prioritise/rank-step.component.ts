import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDragPlaceholder, CdkDropList } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ShortlistItem } from '@inbreng/contracts';

export interface RankMove {
  from: number;
  to: number;
  /** How the move was made: buttons keep focus on the moved item; a drop needs no focus change. */
  by: 'up' | 'down' | 'drop';
}

/**
 * Step 3: put the picks in order. The first `rankTop` get a place; the rest count as "also chosen".
 * Move up/down buttons for keyboard and screen-reader users, drag and drop (CDK) for pointer users.
 */
@Component({
  selector: 'app-rank-step',
  imports: [TranslatePipe, CdkDropList, CdkDrag, CdkDragHandle, CdkDragPlaceholder],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../participate/participate.css', './ballot.css'],
  template: `
    <p id="b-rank-hint" class="hint">{{ 'prioritise.rank.hint' | translate: { top: top() } }}</p>
    <ol
      class="rank-list"
      cdkDropList
      [attr.aria-label]="'prioritise.rank.listLabel' | translate"
      aria-describedby="b-rank-hint"
      (cdkDropListDropped)="dropped($event)"
    >
      @for (id of order(); track id; let i = $index, first = $first, last = $last) {
        <li
          class="rank-item"
          [class.top]="i < top()"
          cdkDrag
          [cdkDragData]="id"
          [attr.data-testid]="'rank-item'"
        >
          <div *cdkDragPlaceholder class="rank-placeholder"></div>
          <span
            class="drag-handle"
            cdkDragHandle
            aria-hidden="true"
            [title]="'prioritise.rank.drag' | translate"
            >⠿</span
          >
          <div class="rank-body">
            <p class="rank-place">
              @if (i < top()) {
                {{ 'prioritise.rank.place' | translate: { place: i + 1 } }}
              } @else {
                {{ 'prioritise.rank.alsoChosen' | translate }}
              }
            </p>
            <p class="rank-text" [id]="'b-rank-text-' + id">{{ textOf(id) }}</p>
          </div>
          <div class="rank-buttons">
            <button
              type="button"
              class="button small"
              [id]="'b-up-' + id"
              [disabled]="first"
              [attr.aria-describedby]="'b-rank-text-' + id"
              (click)="move(i, i - 1, 'up')"
            >
              <span aria-hidden="true">↑</span> {{ 'prioritise.rank.up' | translate }}
            </button>
            <button
              type="button"
              class="button small"
              [id]="'b-down-' + id"
              [disabled]="last"
              [attr.aria-describedby]="'b-rank-text-' + id"
              (click)="move(i, i + 1, 'down')"
            >
              <span aria-hidden="true">↓</span> {{ 'prioritise.rank.down' | translate }}
            </button>
          </div>
        </li>
      }
    </ol>
  `,
})
export class RankStepComponent {
  readonly questions = input.required<ShortlistItem[]>();
  readonly order = input.required<string[]>();
  readonly top = input.required<number>();
  readonly moved = output<RankMove>();
  private readonly injector = inject(Injector);

  private readonly texts = computed(
    () => new Map(this.questions().map((q) => [q.researchQuestionId, q.text])),
  );

  protected textOf(id: string): string {
    return this.texts().get(id) ?? '';
  }

  protected move(from: number, to: number, by: 'up' | 'down'): void {
    const id = this.order()[from];
    this.moved.emit({ from, to, by });
    if (!id) return;
    // The moved item's DOM node is re-inserted, which drops focus: put it back on the same button,
    // or on the other one when the item reached the end of the list.
    const last = this.order().length - 1;
    const wanted = by === 'up' ? (to <= 0 ? 'down' : 'up') : to >= last ? 'up' : 'down';
    afterNextRender(() => document.getElementById(`b-${wanted}-${id}`)?.focus(), { injector: this.injector });
  }

  protected dropped(event: CdkDragDrop<unknown>): void {
    if (event.previousIndex === event.currentIndex) return;
    this.moved.emit({ from: event.previousIndex, to: event.currentIndex, by: 'drop' });
  }
}
