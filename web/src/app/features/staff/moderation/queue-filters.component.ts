import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import {
  PARTICIPANT_GROUPS,
  SUBMISSION_KINDS,
  SUBMISSION_STATUSES,
  type RoundOption,
} from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import {
  SelectOption,
  OptionSelectComponent,
  codeOptions,
  namedOptions,
} from '../../../shared/option-select.component';
import { QUEUE_FLAGS, QueueFilters } from './queue-filters';

type FilterKey = 'status' | 'group' | 'kind' | 'flag' | 'lifeDomain';

/** Selects above the queue; each change updates the URL (so a filtered view can be shared or bookmarked). */
@Component({
  selector: 'app-queue-filters',
  imports: [TranslatePipe, OptionSelectComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="filters" aria-labelledby="filters-title">
      <h2 id="filters-title" class="visually-hidden">{{ 'moderation.filters.title' | translate }}</h2>
      @for (f of selects(); track f.key) {
        <app-option-select
          [selectId]="'filter-' + f.key"
          [label]="'moderation.filters.' + f.key"
          [value]="filters()[f.key]"
          [options]="f.options"
          [emptyLabel]="f.key === 'status' ? null : 'moderation.filters.all'"
          (changed)="set(f.key, $event)"
        />
      }
    </section>
  `,
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(10.5rem, 1fr));
      gap: 0 0.75rem;
    }
  `,
})
export class QueueFiltersComponent {
  readonly filters = input.required<QueueFilters>();
  readonly lifeDomains = input<RoundOption[]>([]);
  readonly changed = output<Partial<QueueFilters>>();

  protected readonly selects = computed(
    (): Array<{ key: FilterKey; options: SelectOption[] }> => [
      { key: 'status', options: codeOptions(SUBMISSION_STATUSES, 'moderation.status.') },
      { key: 'group', options: codeOptions(PARTICIPANT_GROUPS, 'staffGroups.') },
      { key: 'kind', options: codeOptions(SUBMISSION_KINDS, 'staffKinds.') },
      { key: 'flag', options: codeOptions(QUEUE_FLAGS, 'moderation.filters.flags.') },
      { key: 'lifeDomain', options: namedOptions(this.lifeDomains()) },
    ],
  );

  protected set(key: FilterKey, value: string): void {
    this.changed.emit({ [key]: value } as Partial<QueueFilters>);
  }
}
