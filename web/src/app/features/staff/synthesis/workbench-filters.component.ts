import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal } from '@angular/core';
import { KNOWLEDGE_TYPES, PARTICIPANT_GROUPS, type RoundOption, type Theme } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import {
  SelectOption,
  OptionSelectComponent,
  codeOptions,
  namedOptions,
} from '../../../shared/option-select.component';
import { WorkbenchFilterKey, WorkbenchFilters } from './workbench-filters';

/** Search and filters above the submissions; each change goes into the URL (shareable, survives reload). */
@Component({
  selector: 'app-workbench-filters',
  imports: [TranslatePipe, OptionSelectComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="wb-filters-title" class="no-shortcuts">
      <h2 id="wb-filters-title" class="visually-hidden">{{ 'synthesis.filters.title' | translate }}</h2>
      <form role="search" class="search" (submit)="search($event)">
        <label for="wb-search">{{ 'synthesis.filters.search' | translate }}</label>
        <div class="row">
          <input
            id="wb-search"
            type="search"
            maxlength="200"
            [value]="searchText()"
            (input)="searchText.set(text($event))"
          />
          <button type="submit" class="button">{{ 'synthesis.filters.searchButton' | translate }}</button>
        </div>
      </form>
      <div class="selects">
        @for (f of selects(); track f.key) {
          @if (f.always || f.options.length) {
            <app-option-select
              [selectId]="'wb-filter-' + f.key"
              [label]="'synthesis.filters.' + f.key"
              [value]="filters()[f.key]"
              [options]="f.options"
              emptyLabel="moderation.filters.all"
              (changed)="set(f.key, $event)"
            />
          }
        }
      </div>
    </section>
  `,
  styles: `
    .search .row {
      display: flex;
      gap: 0.5rem;
    }
    .search input {
      flex: 1;
      min-width: 0;
    }
    .search {
      margin-bottom: 0.75rem;
    }
    .selects {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(10.5rem, 1fr));
      gap: 0 0.75rem;
    }
  `,
})
export class WorkbenchFiltersComponent {
  readonly filters = input.required<WorkbenchFilters>();
  readonly themes = input<Theme[]>([]);
  readonly lifeDomains = input<RoundOption[]>([]);
  readonly wijken = input<RoundOption[]>([]);
  readonly inputLines = input<RoundOption[]>([]);
  readonly changed = output<Partial<WorkbenchFilters>>();
  protected readonly groups = PARTICIPANT_GROUPS;
  protected readonly knowledgeTypes = KNOWLEDGE_TYPES;
  protected readonly searchText = signal('');

  constructor() {
    // The search box follows the URL (back button, shared link).
    effect(() => this.searchText.set(this.filters().search));
  }

  protected readonly selects = computed(
    (): Array<{ key: WorkbenchFilterKey; options: SelectOption[]; always?: boolean }> => [
      {
        key: 'theme',
        always: true,
        options: [
          { value: 'none', label: 'synthesis.filters.noTheme' },
          ...this.themes().map((t) => ({ value: t.id, label: t.name, raw: true })),
        ],
      },
      { key: 'group', always: true, options: codeOptions(PARTICIPANT_GROUPS, 'staffGroups.') },
      {
        key: 'knowledgeType',
        always: true,
        options: codeOptions(KNOWLEDGE_TYPES, 'synthesis.knowledgeTypes.'),
      },
      { key: 'lifeDomain', options: namedOptions(this.lifeDomains()) },
      { key: 'wijk', options: namedOptions(this.wijken()) },
      { key: 'inputLine', options: namedOptions(this.inputLines()) },
    ],
  );

  protected set(key: WorkbenchFilterKey, value: string): void {
    this.changed.emit({ [key]: value });
  }

  protected search(event: Event): void {
    event.preventDefault();
    this.changed.emit({ search: this.searchText().trim() });
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
