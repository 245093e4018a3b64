import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { GroupCounts } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { countRows, onlyGroup } from './workbench-logic';

/**
 * Who raised a theme: small bars per group and per knowledge type. The number is always in the text; the bar
 * only repeats it for the eye. A theme raised by one group alone says so in words.
 */
@Component({
  selector: 'app-theme-counts',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (only(); as g) {
      <p class="only">
        <span aria-hidden="true">◆</span>
        {{ (suggested() ? 'synthesis.counts.onlySuggested' : 'synthesis.counts.only') | translate }}
        {{ 'dashboard.groupsPlural.' + g | translate }}
      </p>
    }
    @if (rows().groups.length) {
      <div class="counts">
        <ul [attr.aria-label]="'synthesis.counts.byGroup' | translate">
          @for (r of rows().groups; track r.key) {
            <li>
              <span class="label">{{ 'staffGroups.' + r.key | translate }}</span>
              <span class="track" aria-hidden="true"><span class="bar" [style.width.%]="r.pct"></span></span>
              <span class="num">{{ r.count }}</span>
            </li>
          }
        </ul>
        <ul [attr.aria-label]="'synthesis.counts.byKnowledgeType' | translate">
          @for (r of rows().knowledgeTypes; track r.key) {
            <li>
              <span class="label">{{ 'synthesis.knowledgeTypes.' + r.key | translate }}</span>
              <span class="track" aria-hidden="true"
                ><span class="bar kt" [style.width.%]="r.pct"></span
              ></span>
              <span class="num">{{ r.count }}</span>
            </li>
          }
        </ul>
      </div>
    }
  `,
  styles: `
    .only {
      margin: 0.25rem 0;
      font-weight: 600;
      color: #7a3e00;
    }
    .counts {
      display: grid;
      gap: 0.35rem;
      font-size: 0.9rem;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.1rem;
    }
    li {
      display: grid;
      grid-template-columns: minmax(0, 9rem) minmax(2rem, 1fr) 2rem;
      gap: 0.4rem;
      align-items: center;
    }
    .label {
      overflow-wrap: anywhere;
    }
    .track {
      background: #e3e9eb;
      border-radius: 3px;
      height: 0.6rem;
    }
    .bar {
      display: block;
      height: 100%;
      border-radius: 3px;
      background: var(--color-primary);
    }
    .bar.kt {
      background: #6b4c9a;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class ThemeCountsComponent {
  readonly counts = input.required<GroupCounts>();
  /** Counts of suggested, not yet accepted links: the one-group warning then speaks of the suggestion. */
  readonly suggested = input(false);
  protected readonly rows = computed(() => countRows(this.counts()));
  protected readonly only = computed(() => onlyGroup(this.counts()));
}
