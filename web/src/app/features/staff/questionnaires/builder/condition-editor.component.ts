import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LIKERT_POINTS, OTHER_OPTION_KEY } from '@inbreng/contracts';
import {
  type ConditionDraft,
  type ConditionOperator,
  CONDITION_OPERATORS,
  OPTION_TYPES,
} from './builder.model';
import { patchQuestion, patchSection } from './builder.ops';
import { BuilderStore } from './builder.store';
import { builderId, earlierQuestions } from './builder.validation';

/**
 * "Show only when …": picks an earlier question (the list offers nothing else, so a condition cannot
 * point forward), how to compare, and the value. Works for a section or a question.
 */
@Component({
  selector: 'app-qb-condition-editor',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/staff.css', './builder.css'],
  template: `
    @let c = condition();
    @let ids = idsFor();
    <div class="condition">
      <div class="check">
        <input
          type="checkbox"
          [id]="ids.on"
          [checked]="!!c"
          [disabled]="!c && candidates().length === 0"
          [attr.aria-describedby]="candidates().length === 0 ? ids.on + '-hint' : null"
          (change)="toggle($event)"
        />
        <label [for]="ids.on">{{ 'qBuilder.condition.toggle.' + kind() | translate }}</label>
      </div>
      @if (candidates().length === 0 && !c) {
        <p class="hint" [id]="ids.on + '-hint'">{{ 'qBuilder.condition.noneEarlier' | translate }}</p>
      }
      @if (c) {
        <div class="condition-fields">
          <div class="field">
            <label [for]="ids.question">{{ 'qBuilder.condition.question' | translate }}</label>
            @if (store.error(ids.question); as e) {
              <p [id]="ids.question + '-error'" class="field-error">{{ e.key | translate: e.params }}</p>
            }
            <select
              [id]="ids.question"
              [attr.aria-invalid]="store.error(ids.question) ? true : null"
              [attr.aria-describedby]="store.describedBy(ids.question)"
              (change)="pickQuestion($event)"
            >
              <option value="" [selected]="!c.questionKey">
                {{ 'qBuilder.condition.pick' | translate }}
              </option>
              @for (nq of candidates(); track nq.question.uid) {
                <option [value]="nq.question.key" [selected]="nq.question.key === c.questionKey">
                  {{
                    'qBuilder.condition.questionOption'
                      | translate: { n: nq.number, text: nq.question.text || '…' }
                  }}
                </option>
              }
            </select>
          </div>
          @if (source(); as s) {
            @if (operators().length > 1) {
              <div class="field">
                <label [for]="ids.operator">{{ 'qBuilder.condition.operator' | translate }}</label>
                <select [id]="ids.operator" (change)="pickOperator($event)">
                  @for (op of operators(); track op) {
                    <option [value]="op" [selected]="op === c.operator">
                      {{ 'qBuilder.condition.operators.' + op | translate }}
                    </option>
                  }
                </select>
              </div>
            }
            @if (c.operator === 'between') {
              <div class="inline-fields">
                @for (end of ends; track end) {
                  @let id = end === 'min' ? ids.min : ids.max;
                  <div class="field">
                    <label [for]="id">{{ 'qBuilder.condition.' + end | translate }}</label>
                    @if (store.error(id); as e) {
                      <p [id]="id + '-error'" class="field-error">{{ e.key | translate: e.params }}</p>
                    }
                    <input
                      type="text"
                      inputmode="decimal"
                      [id]="id"
                      [value]="c[end]"
                      [attr.aria-invalid]="store.error(id) ? true : null"
                      [attr.aria-describedby]="store.describedBy(id)"
                      (input)="set(end, $event)"
                    />
                  </div>
                }
              </div>
            } @else {
              <div class="field">
                <label [for]="ids.value">{{ 'qBuilder.condition.value.' + c.operator | translate }}</label>
                @if (store.error(ids.value); as e) {
                  <p [id]="ids.value + '-error'" class="field-error">{{ e.key | translate: e.params }}</p>
                }
                @if (isOptions()) {
                  <select
                    [id]="ids.value"
                    [attr.aria-invalid]="store.error(ids.value) ? true : null"
                    [attr.aria-describedby]="store.describedBy(ids.value)"
                    (change)="set('value', $event)"
                  >
                    <option value="" [selected]="!c.value">
                      {{ 'qBuilder.condition.pickAnswer' | translate }}
                    </option>
                    @for (o of s.options; track o.uid; let i = $index) {
                      <option [value]="o.key" [selected]="o.key === c.value">
                        {{ o.label || ('qBuilder.parts.options.label' | translate: { n: i + 1 }) }}
                      </option>
                    }
                    @if (s.allowOther) {
                      <option [value]="otherKey" [selected]="c.value === otherKey">
                        {{ 'questionnaire.other' | translate }}
                      </option>
                    }
                  </select>
                } @else if (s.type === 'likert') {
                  <select
                    [id]="ids.value"
                    [attr.aria-invalid]="store.error(ids.value) ? true : null"
                    [attr.aria-describedby]="store.describedBy(ids.value)"
                    (change)="set('value', $event)"
                  >
                    <option value="" [selected]="!c.value">
                      {{ 'qBuilder.condition.pickAnswer' | translate }}
                    </option>
                    @for (p of likert; track p) {
                      <option [value]="p" [selected]="c.value === '' + p">
                        {{ 'likert.' + p | translate }}
                      </option>
                    }
                  </select>
                } @else {
                  <input
                    type="text"
                    inputmode="decimal"
                    [id]="ids.value"
                    [value]="c.value"
                    [attr.aria-invalid]="store.error(ids.value) ? true : null"
                    [attr.aria-describedby]="store.describedBy(ids.value)"
                    (input)="set('value', $event)"
                  />
                }
              </div>
            }
          }
        </div>
      }
    </div>
  `,
})
export class ConditionEditorComponent {
  protected readonly store = inject(BuilderStore);
  readonly kind = input.required<'section' | 'question'>();
  readonly sectionUid = input.required<string>();
  readonly questionUid = input<string>();
  readonly condition = input.required<ConditionDraft | null>();

  protected readonly ends = ['min', 'max'] as const;
  protected readonly likert = LIKERT_POINTS;
  protected readonly otherKey = OTHER_OPTION_KEY;

  private readonly ownerUid = computed(() => this.questionUid() ?? this.sectionUid());
  protected readonly idsFor = computed(() => {
    const uid = this.ownerUid();
    return {
      on: `qb-${uid}-cond-on`,
      question: builderId.conditionQuestion(uid),
      operator: `qb-${uid}-cond-operator`,
      value: builderId.conditionValue(uid),
      min: builderId.conditionMin(uid),
      max: builderId.conditionMax(uid),
    };
  });
  protected readonly candidates = computed(() =>
    earlierQuestions(this.store.draft(), this.sectionUid(), this.questionUid()),
  );
  protected readonly source = computed(() => {
    const key = this.condition()?.questionKey;
    return key ? (this.candidates().find((nq) => nq.question.key === key)?.question ?? null) : null;
  });
  protected readonly operators = computed<ConditionOperator[]>(() => {
    const s = this.source();
    return s ? (CONDITION_OPERATORS[s.type] ?? []) : [];
  });
  protected readonly isOptions = computed(() => {
    const s = this.source();
    return !!s && OPTION_TYPES.includes(s.type);
  });

  protected toggle(event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.write(on ? { questionKey: '', operator: 'equals', value: '', min: '', max: '' } : null);
    if (on) this.store.focus(this.idsFor().question);
  }

  protected pickQuestion(event: Event): void {
    const questionKey = (event.target as HTMLSelectElement).value;
    const source = this.candidates().find((nq) => nq.question.key === questionKey)?.question;
    const operator = (source && CONDITION_OPERATORS[source.type]?.[0]) ?? 'equals';
    this.write({ questionKey, operator, value: '', min: '', max: '' });
  }

  protected pickOperator(event: Event): void {
    const c = this.condition();
    if (c) this.write({ ...c, operator: (event.target as HTMLSelectElement).value as ConditionOperator });
  }

  protected set(field: 'value' | 'min' | 'max', event: Event): void {
    const c = this.condition();
    if (c) this.write({ ...c, [field]: (event.target as HTMLInputElement | HTMLSelectElement).value });
  }

  private write(condition: ConditionDraft | null): void {
    const q = this.questionUid();
    this.store.apply((d) =>
      q ? patchQuestion(d, q, { condition }) : patchSection(d, this.sectionUid(), { condition }),
    );
  }
}
