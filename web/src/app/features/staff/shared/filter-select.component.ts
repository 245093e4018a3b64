import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** One choice in a filter: `label` is a translation key unless `raw` (e.g. a life domain named by staff). */
export interface FilterOption {
  value: string;
  label: string;
  raw?: boolean;
}

/**
 * One labelled select above a list, with "Alle" first unless `allowAll` is false. It only reports the
 * chosen value; the page puts it in the URL so a filtered view can be shared and survives a reload.
 */
@Component({
  selector: 'app-filter-select',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field' },
  template: `
    <label [for]="selectId()">{{ label() | translate }}</label>
    <select [id]="selectId()" (change)="changed.emit(valueOf($event))">
      @if (allowAll()) {
        <option value="" [selected]="!value()">{{ 'moderation.filters.all' | translate }}</option>
      }
      @for (o of options(); track o.value) {
        <option [value]="o.value" [selected]="value() === o.value">
          {{ o.raw ? o.label : (o.label | translate) }}
        </option>
      }
    </select>
  `,
})
export class FilterSelectComponent {
  readonly selectId = input.required<string>();
  /** Translation key of the label. */
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  readonly options = input.required<readonly FilterOption[]>();
  readonly allowAll = input(true);
  readonly changed = output<string>();

  protected valueOf(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
}

/** Options from a list of codes whose labels are `<prefix><code>` translation keys. */
export function codeOptions(codes: readonly string[], prefix: string): FilterOption[] {
  return codes.map((c) => ({ value: c, label: prefix + c }));
}

/** Options named by the round's own staff (life domains, wijken, input lines): shown as written. */
export function namedOptions(options: ReadonlyArray<{ code: string; label: string }>): FilterOption[] {
  return options.map((o) => ({ value: o.code, label: o.label, raw: true }));
}
