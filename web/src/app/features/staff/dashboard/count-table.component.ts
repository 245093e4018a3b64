import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CountBucket } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';

/** How a bucket key becomes a label: an i18n key prefix, or a code → label map from the round. */
export type KeyLabel = { prefix: string } | { format: string } | { map: ReadonlyMap<string, string> };

/** A table of counts with a simple bar per row; the number and share are always in the text. */
@Component({
  selector: 'app-count-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-wrap">
      <table>
        <caption>
          {{
            caption() | translate
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ header() | translate }}</th>
            <th scope="col" class="num">{{ 'dashboard.count' | translate }}</th>
            <th scope="col" class="bar-col">{{ 'dashboard.share' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.key) {
            <tr [class.under]="row.highlight">
              <th scope="row">
                @if (row.labelKey) {
                  {{ row.labelKey | translate: { value: row.key } }}
                } @else {
                  {{ row.label }}
                }
                @if (row.highlight) {
                  <span class="flag">({{ 'dashboard.few' | translate }})</span>
                }
              </th>
              <td class="num">{{ row.count }}</td>
              <td class="bar-col">
                <div class="bar-cell">
                  <span class="bar-track" aria-hidden="true"
                    ><span class="bar" [style.width.%]="row.pct"></span
                  ></span>
                  <span class="pct">{{ row.pct }}%</span>
                </div>
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="3">{{ 'dashboard.noData' | translate }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    caption {
      text-align: left;
      font-weight: 700;
      font-size: 1.1rem;
      padding: 0.5rem 0;
    }
    th,
    td {
      padding: 0.5rem 0.35rem;
    }
    .num {
      text-align: right;
      width: 4rem;
    }
    .bar-col {
      width: 40%;
    }
    .bar-cell {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .bar-track {
      flex: 1;
      background: #e3e9eb;
      border-radius: 4px;
      height: 0.9rem;
      min-width: 1.5rem;
    }
    .bar {
      display: block;
      height: 100%;
      background: var(--color-primary);
      border-radius: 4px;
    }
    .pct {
      min-width: 2.75rem;
      text-align: right;
    }
    .under th {
      font-weight: 700;
    }
    .flag {
      font-weight: 400;
      color: var(--color-error);
    }
  `,
})
export class CountTableComponent {
  readonly caption = input.required<string>();
  readonly header = input.required<string>();
  readonly buckets = input.required<CountBucket[]>();
  readonly labels = input.required<KeyLabel>();
  /** What the share is of: all submissions (a submission can count in several life domains). */
  readonly total = input.required<number>();
  /** Bucket keys to mark (under-represented groups). */
  readonly highlight = input<string[]>([]);

  protected readonly rows = computed(() => {
    const buckets = this.buckets();
    const sum = this.total();
    const labels = this.labels();
    return buckets.map((b) => ({
      key: b.key,
      count: b.count,
      pct: sum ? Math.min(100, Math.round((b.count / sum) * 100)) : 0,
      highlight: this.highlight().includes(b.key),
      labelKey: 'prefix' in labels ? `${labels.prefix}${b.key}` : 'format' in labels ? labels.format : null,
      label: 'map' in labels ? (labels.map.get(b.key) ?? b.key) : b.key,
    }));
  });
}
