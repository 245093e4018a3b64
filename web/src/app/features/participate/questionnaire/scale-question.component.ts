import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import {
  LIKERT_POINTS,
  RATING_MAX,
  RATING_MIN,
  type LikertQuestion,
  type RatingQuestion,
} from '@inbreng/contracts';
import { QuestionControl } from './question-parts';

const RATING_POINTS = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);

/** Likert (five labelled points) or a rating 0–10: one radio group in a fieldset. */
@Component({
  selector: 'app-q-scale',
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
      @if (ends(); as e) {
        <p class="hint" [id]="b + '-ends'">
          {{ 'questionnaire.ratingEnds' | translate: { min: e.min, max: e.max } }}
        </p>
      }
      @if (error(); as e) {
        <p class="field-error" [id]="errorId()">{{ e.key | translate: e.params }}</p>
      }
      <div [class]="isRating() ? 'rating-points' : 'likert-points'">
        @for (p of points(); track p) {
          <div class="choice">
            <input
              type="radio"
              [name]="b"
              [id]="b + '-' + p"
              [checked]="value() === p"
              [attr.aria-invalid]="error() ? true : null"
              [attr.aria-describedby]="isRating() && ends() ? b + '-ends' : null"
              (change)="valueChange.emit(p)"
            />
            <label [for]="b + '-' + p">{{ isRating() ? p : ('likert.' + p | translate) }}</label>
          </div>
        }
      </div>
    </fieldset>
  `,
})
export class ScaleQuestionComponent extends QuestionControl<LikertQuestion | RatingQuestion> {
  protected readonly isRating = computed(() => this.question().type === 'rating');
  protected readonly points = computed<readonly number[]>(() =>
    this.isRating() ? RATING_POINTS : LIKERT_POINTS,
  );
  /** A rating's end labels ("0 = heel slecht, 10 = heel goed") when the builder gave them. */
  protected readonly ends = computed(() => {
    const q = this.question();
    if (q.type !== 'rating' || (!q.minLabel && !q.maxLabel)) return null;
    return { min: `${RATING_MIN} = ${q.minLabel ?? ''}`, max: `${RATING_MAX} = ${q.maxLabel ?? ''}` };
  });
}
