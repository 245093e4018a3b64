import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { PRIORITY_GROUPS, type PriorityGroup } from '@inbreng/contracts';
import type { Message } from '../shared/form-problem';
import type { FormField } from './prioritisation-logic';

/** Weight per group and the low-response threshold: shared by the start form and the settings form. */
@Component({
  selector: 'app-weights-fields',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './prioritisation.css'],
  template: `
    <fieldset class="weights">
      <legend>{{ 'prioritisation.form.weights' | translate }}</legend>
      <p id="pr-weights-hint" class="hint">{{ 'prioritisation.form.weightsHint' | translate }}</p>
      <div class="weight-grid">
        @for (g of groups; track g) {
          <div class="field">
            <label [for]="'pr-weight-' + g">{{ 'priorityGroups.' + g | translate }}</label>
            @if (errors()['weight-' + g]; as e) {
              <p [id]="'pr-weight-' + g + '-error'" class="field-error">{{ e.key | translate: e.params }}</p>
            }
            <input
              [id]="'pr-weight-' + g"
              type="text"
              inputmode="decimal"
              autocomplete="off"
              [value]="weights()[g]"
              [attr.aria-invalid]="errors()['weight-' + g] ? true : null"
              [attr.aria-describedby]="
                errors()['weight-' + g] ? 'pr-weights-hint pr-weight-' + g + '-error' : 'pr-weights-hint'
              "
              (input)="weightChange.emit({ group: g, value: value($event) })"
            />
          </div>
        }
      </div>
    </fieldset>
    <div class="field narrow-field">
      <label for="pr-min-ballots">{{ 'prioritisation.form.labels.minGroupBallots' | translate }}</label>
      <p id="pr-min-ballots-hint" class="hint">{{ 'prioritisation.form.minHint' | translate }}</p>
      @if (errors().minGroupBallots; as e) {
        <p id="pr-min-ballots-error" class="field-error">{{ e.key | translate: e.params }}</p>
      }
      <input
        id="pr-min-ballots"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        [value]="minGroupBallots()"
        [attr.aria-invalid]="errors().minGroupBallots ? true : null"
        [attr.aria-describedby]="
          errors().minGroupBallots ? 'pr-min-ballots-hint pr-min-ballots-error' : 'pr-min-ballots-hint'
        "
        (input)="minChange.emit(value($event))"
      />
    </div>
  `,
})
export class WeightsFieldsComponent {
  readonly weights = input.required<Record<PriorityGroup, string>>();
  readonly minGroupBallots = input.required<string>();
  readonly errors = input<Partial<Record<FormField | string, Message>>>({});
  readonly weightChange = output<{ group: PriorityGroup; value: string }>();
  readonly minChange = output<string>();
  protected readonly groups = PRIORITY_GROUPS;

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
