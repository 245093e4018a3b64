import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LIKERT_POINTS, OPEN_QUESTION_TYPES, type QuestionResult } from '@inbreng/contracts';
import { LanguageService } from '../../../../core/i18n';
import { type ChartTexts, chartFor, formatter } from './chart-data';
import { ChartComponent } from './chart.component';
import { OpenAnswersComponent, type OpenAnswersContext } from './open-answers.component';

/** One question's results: n, the chart with its legend and table, the key figures, or open answers. */
@Component({
  selector: 'app-question-result',
  imports: [TranslatePipe, ChartComponent, OpenAnswersComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/staff.css', './results.css'],
  template: `
    @let r = result();
    <section
      class="result-card"
      [attr.aria-labelledby]="'res-' + r.questionKey"
      [attr.data-question]="r.questionKey"
    >
      <h3 [id]="'res-' + r.questionKey">
        {{ 'qResults.question' | translate: { n: number() } }}: {{ r.text }}
      </h3>
      <p class="meta">
        {{ 'questionTypes.' + r.type | translate }} ·
        <strong data-testid="result-n">{{
          r.suppressed
            ? ('qResults.nHidden' | translate: { min: minGroupSize() })
            : ('qResults.n' | translate: { n: r.n })
        }}</strong>
      </p>
      @if (r.suppressed) {
        <p class="notice" data-testid="suppressed">
          {{ 'qResults.suppressed' | translate: { min: minGroupSize() } }}
        </p>
      } @else if (isOpen()) {
        <app-open-answers
          [context]="context()"
          [questionKey]="r.questionKey"
          [count]="r.openAnswerCount ?? r.n"
        />
      } @else if (view(); as v) {
        @if (figures(); as f) {
          <ul class="figures">
            @for (item of f; track item.key) {
              <li>{{ item.key | translate: { value: item.value } }}</li>
            }
          </ul>
        }
        <app-chart
          [config]="v.config"
          [height]="v.height"
          [label]="'qResults.chartLabel' | translate: { n: number() }"
        />
        @if (v.legend.length) {
          <ul class="legend" [attr.aria-label]="'qResults.legend' | translate">
            @for (item of v.legend; track item.label) {
              <li>
                <span class="swatch" [style.background]="item.color" aria-hidden="true"></span
                >{{ item.label }}
              </li>
            }
          </ul>
        }
        <details class="table-details">
          <summary>
            {{ 'qResults.table' | translate }}<span class="visually-hidden">: {{ r.text }}</span>
          </summary>
          <!-- Wide tables scroll on a phone: the region can take focus so the keyboard can scroll it. -->
          <div
            class="table-wrap"
            tabindex="0"
            role="region"
            [attr.aria-labelledby]="'res-' + r.questionKey + '-caption'"
          >
            <table>
              <caption class="visually-hidden" [id]="'res-' + r.questionKey + '-caption'">
                {{
                  'qResults.table' | translate
                }}:
                {{
                  r.text
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'qResults.answer' | translate }}</th>
                  @for (h of v.table.head; track $index) {
                    <th scope="col">{{ h }}</th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of v.table.rows; track $index) {
                  <tr>
                    <th scope="row">{{ row.label }}</th>
                    @for (cell of row.cells; track $index) {
                      <td>{{ cell }}</td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </details>
      } @else {
        <p>{{ 'qResults.noAnswers' | translate }}</p>
      }
    </section>
  `,
})
export class QuestionResultComponent {
  readonly result = input.required<QuestionResult>();
  readonly number = input.required<number>();
  readonly minGroupSize = input.required<number>();
  readonly context = input.required<OpenAnswersContext>();

  private readonly translate = inject(TranslateService);
  private readonly lang = inject(LanguageService).current;
  protected readonly isOpen = computed(() => OPEN_QUESTION_TYPES.includes(this.result().type));

  protected readonly view = computed(() => {
    const lang = this.lang();
    const t = (key: string) => this.translate.instant(key) as string;
    const texts: ChartTexts = {
      likert: LIKERT_POINTS.map((p) => t(`likert.${p}`)),
      count: t('qResults.count'),
      share: t('qResults.share'),
      value: t('qResults.value'),
      averageRank: t('qResults.averageRank'),
      n: t('qResults.nShort'),
      mean: t('qResults.mean'),
    };
    const r = this.result();
    return r.n > 0 ? chartFor(r, texts, lang) : null;
  });

  /** Mean and median for ratings and numbers; the mean for a single Likert statement. */
  protected readonly figures = computed(() => {
    const r = this.result();
    const f = formatter(this.lang());
    const out: { key: string; value: string }[] = [];
    const add = (key: string, v: number | null | undefined) => {
      if (v !== null && v !== undefined) out.push({ key: `qResults.figures.${key}`, value: f.number(v) });
    };
    if (r.numeric) {
      add('mean', r.numeric.mean);
      add('median', r.numeric.median);
      add('min', r.numeric.min);
      add('max', r.numeric.max);
    }
    if (r.likert) add('mean', r.likert.mean);
    return out.length ? out : null;
  });
}
