import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { QuestionDraft } from './builder.model';
import { type PartList, addPart, labelPart, movePart, removePart } from './builder.ops';
import { BuilderStore } from './builder.store';
import { builderId } from './builder.validation';

/** The options of a choice or ranking question, or the statements of a matrix: label, order, remove. */
@Component({
  selector: 'app-qb-parts-editor',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/staff.css', './builder.css'],
  template: `
    <fieldset class="parts">
      <legend>{{ 'qBuilder.parts.' + list() + '.legend' | translate: { n: number() } }}</legend>
      <ol class="part-list">
        @for (p of items(); track p.uid; let i = $index; let first = $first; let last = $last) {
          @let id = partId(p.uid);
          <li class="part">
            <label class="visually-hidden" [for]="id">{{
              'qBuilder.parts.' + list() + '.label' | translate: { n: i + 1 }
            }}</label>
            <input
              type="text"
              [id]="id"
              [value]="p.label"
              maxlength="200"
              [attr.aria-invalid]="store.error(id) ? true : null"
              [attr.aria-describedby]="store.describedBy(id)"
              (input)="label(p.uid, $event)"
            />
            <span class="part-buttons">
              <button
                type="button"
                class="button icon"
                [id]="id + '-up'"
                [disabled]="first"
                [attr.aria-label]="'qBuilder.parts.' + list() + '.up' | translate: { n: i + 1 }"
                (click)="move(i, -1, 'up')"
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                class="button icon"
                [id]="id + '-down'"
                [disabled]="last"
                [attr.aria-label]="'qBuilder.parts.' + list() + '.down' | translate: { n: i + 1 }"
                (click)="move(i, 1, 'down')"
              >
                <span aria-hidden="true">↓</span>
              </button>
              <button
                type="button"
                class="button icon danger"
                [attr.aria-label]="'qBuilder.parts.' + list() + '.remove' | translate: { n: i + 1 }"
                (click)="remove(i, p.uid)"
              >
                <span aria-hidden="true">×</span>
              </button>
            </span>
            @if (store.error(id); as e) {
              <p [id]="id + '-error'" class="field-error part-error">{{ e.key | translate: e.params }}</p>
            }
          </li>
        }
      </ol>
      @let addId = addButtonId();
      @if (store.error(addId); as e) {
        <p [id]="addId + '-error'" class="field-error">{{ e.key | translate: e.params }}</p>
      }
      <button
        type="button"
        class="button"
        [id]="addId"
        [attr.aria-describedby]="store.describedBy(addId)"
        (click)="add()"
      >
        <span aria-hidden="true">+</span> {{ 'qBuilder.parts.' + list() + '.add' | translate }}
      </button>
    </fieldset>
  `,
})
export class PartsEditorComponent {
  protected readonly store = inject(BuilderStore);
  readonly question = input.required<QuestionDraft>();
  readonly list = input.required<PartList>();
  /** The question's number, for labels ("Antwoorden bij vraag 3"). */
  readonly number = input.required<number>();
  protected readonly items = computed(() => this.question()[this.list()]);
  protected readonly addButtonId = computed(() => builderId.addPart(this.question().uid));

  /** The current list from the store (this component's input only catches up at the next render). */
  private current(): { uid: string }[] {
    const uid = this.question().uid;
    for (const s of this.store.draft().sections) {
      const q = s.questions.find((x) => x.uid === uid);
      if (q) return q[this.list()];
    }
    return [];
  }

  protected partId(uid: string): string {
    return builderId.part(this.question().uid, uid);
  }

  protected label(uid: string, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.store.apply((d) => labelPart(d, this.question().uid, this.list(), uid, value));
  }

  protected add(): void {
    this.store.apply((d) => addPart(d, this.question().uid, this.list()));
    const added = this.current().at(-1);
    if (added) this.store.focus(this.partId(added.uid));
  }

  protected remove(index: number, uid: string): void {
    this.store.apply((d) => removePart(d, this.question().uid, this.list(), uid));
    const rest = this.current();
    const next = rest[Math.min(index, rest.length - 1)];
    this.store.focus(next ? this.partId(next.uid) : this.addButtonId());
    this.store.announce({ key: `qBuilder.parts.${this.list()}.removed`, params: { n: index + 1 } });
  }

  protected move(index: number, step: -1 | 1, direction: 'up' | 'down'): void {
    const item = this.items()[index];
    if (!item) return;
    this.store.apply((d) => movePart(d, this.question().uid, this.list(), index, index + step));
    const to = index + step;
    // Keep focus on the same button of the moved row, or its other arrow when this one is now disabled.
    const count = this.current().length;
    const atEdge = (direction === 'up' && to === 0) || (direction === 'down' && to === count - 1);
    const button = atEdge ? (direction === 'up' ? 'down' : 'up') : direction;
    this.store.focus(`${this.partId(item.uid)}-${button}`);
    this.store.announce({
      key: `qBuilder.parts.${this.list()}.moved`,
      params: { n: to + 1, count },
    });
  }
}
