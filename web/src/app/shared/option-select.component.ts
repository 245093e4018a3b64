import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** One choice: `label` is a translation key unless `raw` (e.g. a life domain named by staff). */
export interface SelectOption {
  value: string;
  label: string;
  raw?: boolean;
}

/**
 * One labelled select whose first option means "none" or "all" (`emptyLabel`, a translation key; null
 * for a select that always has a value). It only reports the chosen value: a staff filter puts it in
 * the URL, a participant form in its draft.
 */
@Component({
  selector: 'app-option-select',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field' },
  // A block like the <div class="field"> it stands in for, also outside a grid.
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    <label [for]="selectId()">{{ label() | translate }}</label>
    <select [id]="selectId()" (change)="changed.emit(valueOf($event))">
      @if (emptyLabel(); as empty) {
        <option value="" [selected]="!value()">{{ empty | translate }}</option>
      }
      @for (o of options(); track o.value) {
        <option [value]="o.value" [selected]="value() === o.value">
          {{ o.raw ? o.label : (o.label | translate) }}
        </option>
      }
    </select>
  `,
})
export class OptionSelectComponent {
  readonly selectId = input.required<string>();
  /** Translation key of the label. */
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  readonly options = input.required<readonly SelectOption[]>();
  readonly emptyLabel = input.required<string | null>();
  readonly changed = output<string>();

  protected valueOf(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
}

/** Options from a list of codes whose labels are `<prefix><code>` translation keys. */
export function codeOptions(codes: readonly string[], prefix: string): SelectOption[] {
  return codes.map((c) => ({ value: c, label: prefix + c }));
}

/** Options named by the round's own staff (life domains, wijken, input lines): shown as written. */
export function namedOptions(options: ReadonlyArray<{ code: string; label: string }>): SelectOption[] {
  return options.map((o) => ({ value: o.code, label: o.label, raw: true }));
}
