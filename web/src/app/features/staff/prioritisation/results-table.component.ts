import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { PRIORITY_GROUPS, type GroupRank, type PrioritisationResults } from '@inbreng/contracts';
import { rankLabel } from '../../../core/ranks';

/** Combined rank and each group's rank side by side; ties as "=2"; low-response groups flagged in text. */
@Component({
  selector: 'app-results-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './prioritisation.css'],
  template: `
    @let r = results();
    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="pr-results-caption">
      <table class="results">
        <caption id="pr-results-caption">
          {{
            'prioritisation.results.caption' | translate
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'prioritisation.results.combined' | translate }}</th>
            <th scope="col">{{ 'prioritisation.results.question' | translate }}</th>
            @for (g of groups; track g) {
              <th scope="col" [class.low]="low().has(g)">
                {{ 'priorityGroups.' + g | translate }}
                <span class="n">{{
                  'prioritisation.results.n' | translate: { n: r.ballotsPerGroup[g] }
                }}</span>
                @if (low().has(g)) {
                  <span class="low-flag">
                    <span aria-hidden="true">⚠</span> {{ 'prioritisation.results.lowShort' | translate }}
                  </span>
                }
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (q of r.questions; track q.researchQuestionId) {
            <tr>
              <td class="rank" data-testid="combined-rank">{{ label(q.combinedRank, q.tied) }}</td>
              <th scope="row" class="question">{{ q.text }}</th>
              @for (g of groups; track g) {
                @let gr = groupRank(q.perGroup, g);
                <td class="rank" [class.low]="low().has(g)">
                  @if (gr && gr.n > 0) {
                    {{ label(gr.rank, gr.tied) }}
                  } @else {
                    <span aria-hidden="true">–</span>
                    <span class="visually-hidden">{{ 'prioritisation.results.noVotes' | translate }}</span>
                  }
                </td>
              }
            </tr>
          } @empty {
            <tr>
              <td [attr.colspan]="groups.length + 2">{{ 'prioritisation.results.none' | translate }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    <p class="hint">{{ 'prioritisation.results.tiesNote' | translate }}</p>
  `,
})
export class ResultsTableComponent {
  readonly results = input.required<PrioritisationResults>();
  protected readonly groups = PRIORITY_GROUPS;
  protected readonly low = computed(() => new Set(this.results().lowResponseGroups));

  protected label(rank: number, tied: boolean): string {
    return rankLabel(rank, tied);
  }

  protected groupRank(perGroup: GroupRank[], group: string): GroupRank | undefined {
    return perGroup.find((g) => g.group === group);
  }
}
