import { ChangeDetectionStrategy, Component, effect, input, output, signal } from '@angular/core';
import { KNOWLEDGE_TYPES, PARTICIPANT_GROUPS, type RoundOption, type Theme } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { WorkbenchFilterKey, WorkbenchFilters } from './workbench-filters';

/** Search and filters above the submissions; each change goes into the URL (shareable, survives reload). */
@Component({
  selector: 'app-workbench-filters',
  imports: [TranslatePipe],
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
        <div class="field">
          <label for="wb-filter-theme">{{ 'synthesis.filters.theme' | translate }}</label>
          <select id="wb-filter-theme" (change)="set('theme', $event)">
            <option value="" [selected]="!filters().theme">{{ 'moderation.filters.all' | translate }}</option>
            <option value="none" [selected]="filters().theme === 'none'">
              {{ 'synthesis.filters.noTheme' | translate }}
            </option>
            @for (t of themes(); track t.id) {
              <option [value]="t.id" [selected]="filters().theme === t.id">{{ t.name }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="wb-filter-group">{{ 'synthesis.filters.group' | translate }}</label>
          <select id="wb-filter-group" (change)="set('group', $event)">
            <option value="" [selected]="!filters().group">{{ 'moderation.filters.all' | translate }}</option>
            @for (g of groups; track g) {
              <option [value]="g" [selected]="filters().group === g">
                {{ 'staffGroups.' + g | translate }}
              </option>
            }
          </select>
        </div>
        <div class="field">
          <label for="wb-filter-knowledgeType">{{ 'synthesis.filters.knowledgeType' | translate }}</label>
          <select id="wb-filter-knowledgeType" (change)="set('knowledgeType', $event)">
            <option value="" [selected]="!filters().knowledgeType">
              {{ 'moderation.filters.all' | translate }}
            </option>
            @for (k of knowledgeTypes; track k) {
              <option [value]="k" [selected]="filters().knowledgeType === k">
                {{ 'synthesis.knowledgeTypes.' + k | translate }}
              </option>
            }
          </select>
        </div>
        @for (f of optionFilters(); track f.key) {
          @if (f.options.length) {
            <div class="field">
              <label [for]="'wb-filter-' + f.key">{{ f.label | translate }}</label>
              <select [id]="'wb-filter-' + f.key" (change)="set(f.key, $event)">
                <option value="" [selected]="!filters()[f.key]">
                  {{ 'moderation.filters.all' | translate }}
                </option>
                @for (o of f.options; track o.code) {
                  <option [value]="o.code" [selected]="filters()[f.key] === o.code">{{ o.label }}</option>
                }
              </select>
            </div>
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

  protected optionFilters(): Array<{
    key: 'lifeDomain' | 'wijk' | 'inputLine';
    label: string;
    options: RoundOption[];
  }> {
    return [
      { key: 'lifeDomain', label: 'synthesis.filters.lifeDomain', options: this.lifeDomains() },
      { key: 'wijk', label: 'synthesis.filters.wijk', options: this.wijken() },
      { key: 'inputLine', label: 'synthesis.filters.inputLine', options: this.inputLines() },
    ];
  }

  protected set(key: WorkbenchFilterKey, event: Event): void {
    this.changed.emit({ [key]: (event.target as HTMLSelectElement).value });
  }

  protected search(event: Event): void {
    event.preventDefault();
    this.changed.emit({ search: this.searchText().trim() });
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
