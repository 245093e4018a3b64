import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import {
  OTHER_OPTION_KEY,
  SHORT_TEXT_MAX,
  type MultipleChoiceQuestion,
  type SingleChoiceQuestion,
} from '@inbreng/contracts';
import { QuestionControl, eventText } from './question-parts';

type Choice = { option?: string; options?: string[]; otherText?: string };

/**
 * Single choice (radio group) or multiple choice (checkboxes), in a fieldset with the question as its
 * legend; "anders, namelijk …" opens a text field right below its option.
 */
@Component({
  selector: 'app-q-choice',
  imports: [TranslatePipe],
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
      @if (multiple() && max(); as m) {
        <p class="hint">{{ 'questionnaire.maxChoices' | translate: { max: m } }}</p>
      }
      @if (error(); as e) {
        <p class="field-error" [id]="errorId()">{{ e.key | translate: e.params }}</p>
      }
      @for (o of q.options; track o.key) {
        <div class="choice">
          <input
            [type]="multiple() ? 'checkbox' : 'radio'"
            [name]="b"
            [id]="b + '-' + o.key"
            [checked]="isChosen(o.key)"
            [attr.aria-invalid]="error() ? true : null"
            (change)="choose(o.key, $event)"
          />
          <label [for]="b + '-' + o.key">{{ o.label }}</label>
        </div>
      }
      @if (q.allowOther) {
        <div class="choice">
          <input
            [type]="multiple() ? 'checkbox' : 'radio'"
            [name]="b"
            [id]="b + '-' + otherKey"
            [checked]="isChosen(otherKey)"
            [attr.aria-invalid]="error() ? true : null"
            (change)="choose(otherKey, $event)"
          />
          <label [for]="b + '-' + otherKey">{{ 'questionnaire.other' | translate }}</label>
        </div>
        @if (isChosen(otherKey)) {
          <div class="field other-text">
            <label [for]="b + '-other-text'">{{ 'questionnaire.otherText' | translate }}</label>
            <input
              type="text"
              [id]="b + '-other-text'"
              [attr.maxlength]="otherMax"
              [value]="current().otherText ?? ''"
              [attr.aria-invalid]="error() ? true : null"
              [attr.aria-describedby]="error() ? errorId() : null"
              (input)="setOther($event)"
            />
          </div>
        }
      }
    </fieldset>
  `,
})
export class ChoiceQuestionComponent extends QuestionControl<SingleChoiceQuestion | MultipleChoiceQuestion> {
  protected readonly otherKey = OTHER_OPTION_KEY;
  protected readonly otherMax = SHORT_TEXT_MAX;
  protected readonly multiple = computed(() => this.question().type === 'multiple_choice');
  protected readonly max = computed(() => {
    const q = this.question();
    return q.type === 'multiple_choice' ? (q.maxChoices ?? null) : null;
  });
  protected readonly current = computed<Choice>(() => {
    const v = this.value();
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Choice) : {};
  });
  private readonly chosen = computed(() => {
    const c = this.current();
    return this.multiple() ? (c.options ?? []) : c.option ? [c.option] : [];
  });

  protected isChosen(key: string): boolean {
    return this.chosen().includes(key);
  }

  protected choose(key: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const otherText = this.current().otherText;
    if (!this.multiple()) {
      this.emit([key], otherText);
      return;
    }
    // Keep the definition's order, whatever order they were ticked in.
    const order = [...this.question().options.map((o) => o.key), OTHER_OPTION_KEY];
    const next = new Set(this.chosen());
    if (on) next.add(key);
    else next.delete(key);
    this.emit(
      order.filter((k) => next.has(k)),
      otherText,
    );
  }

  protected setOther(event: Event): void {
    this.emit(this.chosen(), eventText(event));
  }

  private emit(chosen: string[], otherText: string | undefined): void {
    // The "other" text goes with the answer only while "other" is chosen.
    const text = chosen.includes(OTHER_OPTION_KEY) && otherText !== undefined ? { otherText } : {};
    if (this.multiple()) {
      this.valueChange.emit(chosen.length || text.otherText ? { options: chosen, ...text } : undefined);
    } else {
      const option = chosen[0];
      this.valueChange.emit(option ? { option, ...text } : undefined);
    }
  }
}
