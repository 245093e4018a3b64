import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { CdkDragHandle } from '@angular/cdk/drag-drop';
import { TranslatePipe } from '@ngx-translate/core';
import { InlineConfirmComponent } from '../../shared/inline-confirm.component';
import { QUESTION_TYPES, type QuestionType } from '@inbreng/contracts';
import { type QuestionDraft, OPTION_TYPES } from './builder.model';
import { changeType, patchQuestion } from './builder.ops';
import { BuilderStore } from './builder.store';
import { builderId } from './builder.validation';
import { ConditionEditorComponent } from './condition-editor.component';
import { PartsEditorComponent } from './parts-editor.component';

export type QuestionAction = 'up' | 'down' | 'duplicate' | 'remove';

type TextField =
  | 'text'
  | 'help'
  | 'maxChoices'
  | 'minLabel'
  | 'maxLabel'
  | 'min'
  | 'max'
  | 'unit'
  | 'minDate'
  | 'maxDate';

/** One question card: what it asks, its type and settings, its condition, and move/copy/remove. */
@Component({
  selector: 'app-qb-question-editor',
  imports: [
    TranslatePipe,
    CdkDragHandle,
    PartsEditorComponent,
    ConditionEditorComponent,
    InlineConfirmComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/staff.css', './builder.css'],
  templateUrl: './question-editor.component.html',
})
export class QuestionEditorComponent {
  protected readonly store = inject(BuilderStore);
  readonly question = input.required<QuestionDraft>();
  readonly sectionUid = input.required<string>();
  readonly canMoveUp = input(true);
  readonly canMoveDown = input(true);
  readonly action = output<QuestionAction>();

  protected readonly types = QUESTION_TYPES;
  protected readonly number = computed(() => this.store.numbers().get(this.question().uid) ?? 0);
  protected readonly collapsed = computed(() => this.store.collapsed().has(this.question().uid));
  protected readonly hasOptions = computed(() => OPTION_TYPES.includes(this.question().type));
  protected readonly ids = computed(() => {
    const uid = this.question().uid;
    return {
      card: `qb-${uid}`,
      heading: `qb-${uid}-heading`,
      type: `qb-${uid}-type`,
      text: builderId.questionText(uid),
      help: `qb-${uid}-help`,
      required: `qb-${uid}-required`,
      allowOther: `qb-${uid}-other`,
      maxChoices: builderId.maxChoices(uid),
      minLabel: `qb-${uid}-min-label`,
      maxLabel: `qb-${uid}-max-label`,
      min: builderId.min(uid),
      max: builderId.max(uid),
      integer: `qb-${uid}-integer`,
      unit: `qb-${uid}-unit`,
      minDate: builderId.minDate(uid),
      maxDate: builderId.maxDate(uid),
      up: `qb-${uid}-up`,
      down: `qb-${uid}-down`,
      duplicate: `qb-${uid}-duplicate`,
      remove: `qb-${uid}-remove`,
    };
  });
  /** Removing asks first, inline: the question names what would go, "Nee" puts focus back. */
  protected readonly confirming = signal(false);

  /** Also when it is open already: focus goes back to the question. */
  protected askRemove(): void {
    this.confirming.set(true);
    this.store.focus(`${this.ids().card}-confirm`);
  }

  protected cancelRemove(): void {
    this.confirming.set(false);
    this.store.focus(this.ids().remove);
  }

  protected setText(field: TextField, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.store.apply((d) => patchQuestion(d, this.question().uid, { [field]: value }));
  }

  protected setFlag(field: 'required' | 'allowOther' | 'integer', event: Event): void {
    const value = (event.target as HTMLInputElement).checked;
    this.store.apply((d) => patchQuestion(d, this.question().uid, { [field]: value }));
  }

  protected setType(event: Event): void {
    const type = (event.target as HTMLSelectElement).value as QuestionType;
    this.store.apply((d) => changeType(d, this.question().uid, type));
  }
}
