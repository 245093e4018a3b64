import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LIKERT_POINTS, type MatrixQuestion } from '@inbreng/contracts';
import { QuestionControl } from './question-parts';

/**
 * A grid of statements on the five-point scale. Not a table: on a phone each statement is its own
 * fieldset with its own radio group, which screen readers announce as "statement, group".
 */
@Component({
  selector: 'app-q-matrix',
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
      @if (error(); as e) {
        <p class="field-error" [id]="errorId()">{{ e.key | translate: e.params }}</p>
      }
      @for (row of q.rows; track row.key) {
        <fieldset class="matrix-row" [class.missing]="error() && !points()[row.key]">
          <legend>{{ row.label }}</legend>
          <div class="likert-points">
            @for (p of scale; track p) {
              <div class="choice">
                <input
                  type="radio"
                  [name]="b + '-' + row.key"
                  [id]="b + '-' + row.key + '-' + p"
                  [checked]="points()[row.key] === p"
                  [attr.aria-invalid]="error() && !points()[row.key] ? true : null"
                  (change)="pick(row.key, p)"
                />
                <label [for]="b + '-' + row.key + '-' + p">{{ 'likert.' + p | translate }}</label>
              </div>
            }
          </div>
        </fieldset>
      }
    </fieldset>
  `,
})
export class MatrixQuestionComponent extends QuestionControl<MatrixQuestion> {
  protected readonly scale = LIKERT_POINTS;
  protected readonly points = computed<Record<string, number>>(() => {
    const v = this.value();
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, number>) : {};
  });

  protected pick(row: string, point: number): void {
    this.valueChange.emit({ ...this.points(), [row]: point });
  }
}
