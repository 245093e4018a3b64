import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX, type AnswerValue, type Question } from '@inbreng/contracts';
import type { Message } from '../validation';
import { ChoiceQuestionComponent } from './choice-question.component';
import { MatrixQuestionComponent } from './matrix-question.component';
import { typedNumber } from './answer-helpers';
import { eventText } from './question-parts';
import { RankingQuestionComponent } from './ranking-question.component';
import { ScaleQuestionComponent } from './scale-question.component';

/** One question of any type: choice-like types have their own component, the plain fields are here. */
@Component({
  selector: 'app-q-question',
  imports: [
    TranslatePipe,
    ChoiceQuestionComponent,
    ScaleQuestionComponent,
    RankingQuestionComponent,
    MatrixQuestionComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../participate.css', './questionnaire.css'],
  template: `
    @let q = question();
    @switch (q.type) {
      @case ('single_choice') {
        <app-q-choice
          [question]="q"
          [value]="value()"
          [error]="error()"
          (valueChange)="valueChange.emit($event)"
        />
      }
      @case ('multiple_choice') {
        <app-q-choice
          [question]="q"
          [value]="value()"
          [error]="error()"
          (valueChange)="valueChange.emit($event)"
        />
      }
      @case ('likert') {
        <app-q-scale
          [question]="q"
          [value]="value()"
          [error]="error()"
          (valueChange)="valueChange.emit($event)"
        />
      }
      @case ('rating') {
        <app-q-scale
          [question]="q"
          [value]="value()"
          [error]="error()"
          (valueChange)="valueChange.emit($event)"
        />
      }
      @case ('ranking') {
        <app-q-ranking
          [question]="q"
          [value]="value()"
          [error]="error()"
          (valueChange)="valueChange.emit($event)"
        />
      }
      @case ('matrix') {
        <app-q-matrix
          [question]="q"
          [value]="value()"
          [error]="error()"
          (valueChange)="valueChange.emit($event)"
        />
      }
      @default {
        @let id = 'q-' + q.key;
        <div class="field question">
          <label [for]="id">
            {{ q.text }}
            @if (!q.required) {
              <span class="optional">{{ 'questionnaire.optional' | translate }}</span>
            }
          </label>
          @if (q.help) {
            <p class="hint" [id]="id + '-help'">{{ q.help }}</p>
          }
          @if (q.type === 'number' && range(); as r) {
            <p class="hint" [id]="id + '-range'">{{ r.key | translate: r.params }}</p>
          }
          @if (error(); as e) {
            <p class="field-error" [id]="id + '-error'">{{ e.key | translate: e.params }}</p>
          }
          @switch (q.type) {
            @case ('long_text') {
              <textarea
                [id]="id"
                rows="6"
                [value]="text()"
                [attr.aria-invalid]="error() ? true : null"
                [attr.aria-describedby]="describedBy()"
                (input)="setText($event)"
              ></textarea>
              <p class="counter" [class.over]="length() > longMax" [id]="id + '-counter'">
                {{ 'questionnaire.counter' | translate: { count: length(), max: longMax } }}
              </p>
            }
            @case ('number') {
              <span class="number-field">
                <input
                  type="text"
                  [attr.inputmode]="q.integer === false ? 'decimal' : 'numeric'"
                  [id]="id"
                  [value]="raw()"
                  [attr.aria-invalid]="error() ? true : null"
                  [attr.aria-describedby]="describedBy()"
                  (input)="setNumber($event)"
                />
                @if (q.unit) {
                  <span class="unit" [id]="id + '-unit'">{{ q.unit }}</span>
                }
              </span>
            }
            @case ('date') {
              <input
                type="date"
                [id]="id"
                [value]="text()"
                [min]="q.minDate ?? ''"
                [max]="q.maxDate ?? ''"
                [attr.aria-invalid]="error() ? true : null"
                [attr.aria-describedby]="describedBy()"
                (input)="setText($event)"
                (change)="setText($event)"
              />
            }
            @default {
              <input
                type="text"
                [id]="id"
                [attr.maxlength]="shortMax"
                [value]="text()"
                [attr.aria-invalid]="error() ? true : null"
                [attr.aria-describedby]="describedBy()"
                (input)="setText($event)"
              />
            }
          }
        </div>
      }
    }
  `,
})
export class QuestionComponent {
  readonly question = input.required<Question>();
  readonly value = input<AnswerValue | undefined>(undefined);
  readonly error = input<Message | null>(null);
  readonly valueChange = output<AnswerValue | undefined>();

  protected readonly shortMax = SHORT_TEXT_MAX;
  protected readonly longMax = LONG_TEXT_MAX;
  protected readonly text = computed(() => {
    const v = this.value();
    return typeof v === 'string' ? v : '';
  });
  protected readonly length = computed(() => this.text().trim().length);
  /** What is in the number field: kept as typed while it means the same number (so "1," survives). */
  protected readonly raw = linkedSignal<AnswerValue | undefined, string>({
    source: this.value,
    computation: (value, previous) => {
      if (previous && typedNumber(previous.value) === value) return previous.value;
      return value === undefined ? '' : String(value);
    },
  });
  protected readonly range = computed<Message | null>(() => {
    const q = this.question();
    if (q.type !== 'number') return null;
    const unit = q.unit ? ` ${q.unit}` : '';
    if (q.min !== undefined && q.max !== undefined) {
      return { key: 'questionnaire.numberRange', params: { min: q.min, max: q.max, unit } };
    }
    return null;
  });
  protected readonly describedBy = computed(() => {
    const q = this.question();
    const id = `q-${q.key}`;
    const ids = [
      q.help ? `${id}-help` : null,
      this.range() ? `${id}-range` : null,
      q.type === 'number' && q.unit ? `${id}-unit` : null,
      q.type === 'long_text' ? `${id}-counter` : null,
      this.error() ? `${id}-error` : null,
    ].filter((x): x is string => !!x);
    return ids.length ? ids.join(' ') : null;
  });

  protected setText(event: Event): void {
    const text = eventText(event);
    this.valueChange.emit(text === '' ? undefined : text);
  }

  protected setNumber(event: Event): void {
    const raw = eventText(event);
    this.raw.set(raw);
    this.valueChange.emit(typedNumber(raw));
  }
}
