import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import {
  PARTICIPANT_GROUPS,
  SUBMISSION_KINDS,
  SUBMISSION_STATUSES,
  type RoundOption,
} from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { QUEUE_FLAGS, QueueFilters } from './queue-filters';

type FilterKey = 'status' | 'group' | 'kind' | 'flag' | 'lifeDomain';

/** Selects above the queue; each change updates the URL (so a filtered view can be shared or bookmarked). */
@Component({
  selector: 'app-queue-filters',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="filters" aria-labelledby="filters-title">
      <h2 id="filters-title" class="visually-hidden">{{ 'moderation.filters.title' | translate }}</h2>
      <div class="field">
        <label for="filter-status">{{ 'moderation.filters.status' | translate }}</label>
        <select id="filter-status" (change)="set('status', $event)">
          @for (s of statuses; track s) {
            <option [value]="s" [selected]="filters().status === s">
              {{ 'moderation.status.' + s | translate }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="filter-group">{{ 'moderation.filters.group' | translate }}</label>
        <select id="filter-group" (change)="set('group', $event)">
          <option value="" [selected]="!filters().group">{{ 'moderation.filters.all' | translate }}</option>
          @for (g of groups; track g) {
            <option [value]="g" [selected]="filters().group === g">
              {{ 'staffGroups.' + g | translate }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="filter-kind">{{ 'moderation.filters.kind' | translate }}</label>
        <select id="filter-kind" (change)="set('kind', $event)">
          <option value="" [selected]="!filters().kind">{{ 'moderation.filters.all' | translate }}</option>
          @for (k of kinds; track k) {
            <option [value]="k" [selected]="filters().kind === k">{{ 'staffKinds.' + k | translate }}</option>
          }
        </select>
      </div>
      <div class="field">
        <label for="filter-flag">{{ 'moderation.filters.flag' | translate }}</label>
        <select id="filter-flag" (change)="set('flag', $event)">
          <option value="" [selected]="!filters().flag">{{ 'moderation.filters.all' | translate }}</option>
          @for (f of flags; track f) {
            <option [value]="f" [selected]="filters().flag === f">
              {{ 'moderation.filters.flags.' + f | translate }}
            </option>
          }
        </select>
      </div>
      <div class="field">
        <label for="filter-lifeDomain">{{ 'moderation.filters.lifeDomain' | translate }}</label>
        <select id="filter-lifeDomain" (change)="set('lifeDomain', $event)">
          <option value="" [selected]="!filters().lifeDomain">
            {{ 'moderation.filters.all' | translate }}
          </option>
          @for (d of lifeDomains(); track d.code) {
            <option [value]="d.code" [selected]="filters().lifeDomain === d.code">{{ d.label }}</option>
          }
        </select>
      </div>
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
  protected readonly statuses = SUBMISSION_STATUSES;
  protected readonly groups = PARTICIPANT_GROUPS;
  protected readonly kinds = SUBMISSION_KINDS;
  protected readonly flags = QUEUE_FLAGS;

  protected set(key: FilterKey, event: Event): void {
    this.changed.emit({ [key]: (event.target as HTMLSelectElement).value });
  }
}
