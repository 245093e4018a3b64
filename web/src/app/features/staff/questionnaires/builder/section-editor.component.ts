import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { CdkDrag, CdkDragDrop, CdkDropList } from '@angular/cdk/drag-drop';
import { TranslatePipe } from '@ngx-translate/core';
import { InlineConfirmComponent } from '../../shared/inline-confirm.component';
import { PluralPipe } from '../../../../core/plural.pipe';
import { QUESTION_TYPES, type QuestionType } from '@inbreng/contracts';
import type { SectionDraft } from './builder.model';
import {
  addQuestion,
  duplicateQuestion,
  findQuestion,
  moveQuestion,
  patchSection,
  removeQuestion,
  stepQuestion,
} from './builder.ops';
import { BuilderStore } from './builder.store';
import { builderId } from './builder.validation';
import { ConditionEditorComponent } from './condition-editor.component';
import { type QuestionAction, QuestionEditorComponent } from './question-editor.component';

export type SectionAction = 'up' | 'down' | 'remove';

/** One section: title, intro, condition, and its questions (drag and drop, also into other sections). */
@Component({
  selector: 'app-qb-section-editor',
  imports: [
    TranslatePipe,
    PluralPipe,
    InlineConfirmComponent,
    CdkDropList,
    CdkDrag,
    QuestionEditorComponent,
    ConditionEditorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/staff.css', './builder.css'],
  template: `
    @let s = section();
    @let n = index() + 1;
    <section class="section-card" [attr.aria-labelledby]="'qb-' + s.uid + '-heading'">
      <header class="card-head">
        <h2 [id]="'qb-' + s.uid + '-heading'" tabindex="-1">
          {{ 'qBuilder.section.heading' | translate: { n: n } }}
          @if (s.title.trim()) {
            <span class="meta">{{ s.title }}</span>
          }
        </h2>
        <div class="card-buttons">
          <button
            type="button"
            class="button icon"
            [id]="'qb-' + s.uid + '-up'"
            [disabled]="first()"
            [attr.aria-label]="'qBuilder.section.up' | translate: { n: n }"
            (click)="sectionAction.emit('up')"
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            class="button icon"
            [id]="'qb-' + s.uid + '-down'"
            [disabled]="last()"
            [attr.aria-label]="'qBuilder.section.down' | translate: { n: n }"
            (click)="sectionAction.emit('down')"
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            class="button small danger"
            [id]="'qb-' + s.uid + '-remove'"
            [attr.aria-expanded]="confirming()"
            (click)="askRemove()"
          >
            {{ 'qBuilder.section.remove' | translate
            }}<span class="visually-hidden"> {{ 'qBuilder.section.heading' | translate: { n: n } }}</span>
          </button>
        </div>
      </header>
      @if (confirming()) {
        <app-inline-confirm
          [confirmId]="'qb-' + s.uid + '-confirm'"
          [question]="
            (s.title.trim() ? 'qBuilder.section.confirmRemove' : 'qBuilder.section.confirmRemoveUntitled')
              | plural: s.questions.length : { n: n, title: s.title.trim() }
          "
          [yesLabel]="'qBuilder.section.yesRemove' | translate: { n: n }"
          [noLabel]="'qBuilder.section.noRemove' | translate"
          (confirmed)="sectionAction.emit('remove')"
          (cancelled)="cancelRemove()"
        />
      }
      @let titleId = ids().title;
      <div class="field">
        <label [for]="titleId">{{ 'qBuilder.section.title' | translate }}</label>
        @if (store.error(titleId); as e) {
          <p [id]="titleId + '-error'" class="field-error">{{ e.key | translate: e.params }}</p>
        }
        <input
          type="text"
          [id]="titleId"
          [value]="s.title"
          maxlength="200"
          [attr.aria-invalid]="store.error(titleId) ? true : null"
          [attr.aria-describedby]="store.describedBy(titleId)"
          (input)="setSection('title', $event)"
        />
      </div>
      <div class="field">
        <label [for]="ids().intro">{{ 'qBuilder.section.intro' | translate }}</label>
        <textarea
          [id]="ids().intro"
          rows="2"
          maxlength="2000"
          [value]="s.intro"
          (input)="setSection('intro', $event)"
        ></textarea>
      </div>
      <app-qb-condition-editor kind="section" [sectionUid]="s.uid" [condition]="s.condition" />

      <div
        class="question-list"
        cdkDropList
        [cdkDropListData]="index()"
        (cdkDropListDropped)="dropped($event)"
      >
        @for (q of s.questions; track q.uid; let qi = $index; let qFirst = $first; let qLast = $last) {
          <div class="drag-item" cdkDrag [cdkDragData]="q.uid">
            <app-qb-question-editor
              [question]="q"
              [sectionUid]="s.uid"
              [canMoveUp]="!(qFirst && first())"
              [canMoveDown]="!(qLast && last())"
              (action)="questionAction(q.uid, $event)"
            />
          </div>
        } @empty {
          <p class="hint empty-drop">{{ 'qBuilder.section.empty' | translate }}</p>
        }
      </div>

      @let addId = ids().add;
      <div class="add-question">
        <div class="field">
          <label [for]="ids().addType">{{ 'qBuilder.section.addType' | translate }}</label>
          <select [id]="ids().addType" (change)="pickType($event)">
            @for (t of types; track t) {
              <option [value]="t" [selected]="t === newType()">{{ 'questionTypes.' + t | translate }}</option>
            }
          </select>
        </div>
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
          <span aria-hidden="true">+</span> {{ 'qBuilder.section.addQuestion' | translate: { n: n } }}
        </button>
      </div>
    </section>
  `,
})
export class SectionEditorComponent {
  protected readonly store = inject(BuilderStore);
  readonly section = input.required<SectionDraft>();
  readonly index = input.required<number>();
  readonly first = input(false);
  readonly last = input(false);
  readonly sectionAction = output<SectionAction>();

  protected readonly types = QUESTION_TYPES;
  protected readonly newType = signal<QuestionType>('single_choice');
  /** Removing the section (and its questions) asks first, inline; "Nee" puts focus back. */
  protected readonly confirming = signal(false);
  protected readonly ids = computed(() => {
    const uid = this.section().uid;
    return {
      title: builderId.sectionTitle(uid),
      intro: `qb-${uid}-intro`,
      add: builderId.sectionAdd(uid),
      addType: `qb-${uid}-add-type`,
    };
  });

  protected askRemove(): void {
    const uid = this.section().uid;
    this.confirming.set(true);
    this.store.focus(`qb-${uid}-confirm`);
  }

  protected cancelRemove(): void {
    this.confirming.set(false);
    this.store.focus(`qb-${this.section().uid}-remove`);
  }

  protected setSection(field: 'title' | 'intro', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.store.apply((d) => patchSection(d, this.section().uid, { [field]: value }));
  }

  protected pickType(event: Event): void {
    this.newType.set((event.target as HTMLSelectElement).value as QuestionType);
  }

  protected add(): void {
    const uid = this.section().uid;
    this.store.apply((d) => addQuestion(d, uid, this.newType()));
    // Read from the store: this component's input only catches up at the next render.
    const added = this.store
      .draft()
      .sections.find((s) => s.uid === uid)
      ?.questions.at(-1);
    if (added) this.store.focus(builderId.questionText(added.uid));
  }

  protected dropped(event: CdkDragDrop<number>): void {
    const from = { sectionIndex: event.previousContainer.data, questionIndex: event.previousIndex };
    const to = { sectionIndex: event.container.data, questionIndex: event.currentIndex };
    if (from.sectionIndex === to.sectionIndex && from.questionIndex === to.questionIndex) return;
    this.store.apply((d) => moveQuestion(d, from, to));
    this.announceMoved(String(event.item.data));
  }

  protected questionAction(uid: string, action: QuestionAction): void {
    switch (action) {
      case 'up':
      case 'down': {
        const moved = this.store.apply((d) => stepQuestion(d, uid, action === 'up' ? -1 : 1));
        if (!moved) return;
        // Focus stays on the arrow that was used (or the other one once the question reaches an end).
        const place = findQuestion(this.store.draft(), uid);
        const total = this.store.draft().sections;
        const atTop = place?.sectionIndex === 0 && place.questionIndex === 0;
        const lastSection = total.length - 1;
        const atBottom =
          place?.sectionIndex === lastSection &&
          place.questionIndex === (total[lastSection]?.questions.length ?? 0) - 1;
        const button = action === 'up' ? (atTop ? 'down' : 'up') : atBottom ? 'up' : 'down';
        this.store.focus(`qb-${uid}-${button}`);
        this.announceMoved(uid);
        return;
      }
      case 'duplicate': {
        const n = this.store.numbers().get(uid) ?? 0;
        this.store.apply((d) => duplicateQuestion(d, uid));
        const place = findQuestion(this.store.draft(), uid);
        const copy =
          place && this.store.draft().sections[place.sectionIndex]?.questions[place.questionIndex + 1];
        if (copy) {
          this.store.focus(builderId.questionText(copy.uid));
          this.store.announce({ key: 'qBuilder.question.duplicated', params: { n, copy: n + 1 } });
        }
        return;
      }
      case 'remove': {
        const n = this.store.numbers().get(uid) ?? 0;
        const place = findQuestion(this.store.draft(), uid);
        this.store.apply((d) => removeQuestion(d, uid));
        const questions =
          this.store.draft().sections.find((s) => s.uid === this.section().uid)?.questions ?? [];
        const next = place ? questions[Math.min(place.questionIndex, questions.length - 1)] : undefined;
        this.store.focus(next ? `qb-${next.uid}-heading` : this.ids().add);
        this.store.announce({ key: 'qBuilder.question.removed', params: { n } });
        return;
      }
    }
  }

  private announceMoved(uid: string): void {
    const place = findQuestion(this.store.draft(), uid);
    if (!place) return;
    this.store.announce({
      key: 'qBuilder.question.moved',
      params: {
        n: this.store.numbers().get(uid) ?? 0,
        section: place.sectionIndex + 1,
      },
    });
  }
}
