import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { KNOWLEDGE_TYPES, PRIORITY_GROUPS, type AgendaItem, type GroupRank } from '@inbreng/contracts';
import { countList, groupCounts, rankLabel } from '../../core/ranks';

/** One research question on the public agenda: place, rationale, ranks per group, where it came from, quotes. */
@Component({
  selector: 'app-agenda-item',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './agenda.css',
  template: `
    @let it = item();
    <article
      class="agenda-item"
      [attr.aria-labelledby]="'ag-q-' + it.researchQuestionId"
      data-testid="agenda-item"
    >
      <p class="place">
        <span class="place-number" aria-hidden="true">{{ label() }}</span>
        <span class="place-text">
          {{ (it.tied ? 'agenda.item.placeTied' : 'agenda.item.place') | translate: { place: it.rank } }}
        </span>
      </p>
      <h3 class="question" [id]="'ag-q-' + it.researchQuestionId">{{ it.text }}</h3>
      @if (it.population) {
        <p class="meta">{{ 'agenda.item.population' | translate: { who: it.population } }}</p>
      }
      <p class="meta">
        {{ 'agenda.item.evidenceLabel' | translate }}
        {{ 'agenda.evidence.' + it.evidenceStatus | translate }}
      </p>

      @if (it.rationale) {
        <h4>{{ 'agenda.item.rationale' | translate }}</h4>
        <p class="rationale">{{ it.rationale }}</p>
      }

      <h4 [id]="'ag-groups-' + it.researchQuestionId">{{ 'agenda.item.perGroup' | translate }}</h4>
      <div class="table-wrap">
        <table [attr.aria-labelledby]="'ag-groups-' + it.researchQuestionId" class="group-ranks">
          <thead>
            <tr>
              <th scope="col">{{ 'agenda.item.group' | translate }}</th>
              <th scope="col">{{ 'agenda.item.groupPlace' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (g of perGroup(); track g.group) {
              <tr>
                <th scope="row">{{ 'priorityGroups.' + g.group | translate }}</th>
                <td>
                  @if (g.rank; as r) {
                    <span aria-hidden="true">{{ groupLabel(r) }}</span>
                    <span class="visually-hidden">{{
                      (r.tied ? 'agenda.item.placeTied' : 'agenda.item.place') | translate: { place: r.rank }
                    }}</span>
                  } @else {
                    {{ 'agenda.item.noVotes' | translate }}
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>

      <h4>{{ 'agenda.item.origin' | translate }}</h4>
      <p>{{ 'agenda.item.submissions' | translate: { count: it.submissionCount } }}</p>
      @if (byGroup().length) {
        <ul class="counts" [attr.aria-label]="'agenda.item.byGroup' | translate">
          @for (c of byGroup(); track c.key) {
            <li>
              <span class="bar" aria-hidden="true" [style.width.%]="share(c.count)"></span>
              <span>{{ 'agenda.byGroup.' + c.key | translate: { count: c.count } }}</span>
            </li>
          }
        </ul>
      }
      @if (byKnowledge().length) {
        <p class="knowledge">
          {{ 'agenda.item.byKnowledge' | translate }}
          @for (c of byKnowledge(); track c.key; let last = $last) {
            {{ 'agenda.knowledgeCount.' + c.key | translate: { count: c.count } }}{{ last ? '.' : ',' }}
          }
        </p>
      }

      @if (it.quotes.length) {
        <h4>{{ 'agenda.item.quotes' | translate }}</h4>
        @for (q of it.quotes; track $index) {
          <figure class="quote">
            <blockquote>
              <p>{{ q.text }}</p>
            </blockquote>
            <figcaption>
              {{ 'agenda.quoteBy.' + q.group | translate }} ·
              {{ 'agenda.knowledge.' + q.knowledgeType | translate }}
            </figcaption>
          </figure>
        }
      }
    </article>
  `,
})
export class AgendaItemComponent {
  readonly item = input.required<AgendaItem>();

  protected readonly label = computed(() => rankLabel(this.item().rank, this.item().tied));
  /** Every group in a fixed order, also those without votes, so the table always reads the same way. */
  protected readonly perGroup = computed(() => {
    const byGroup = new Map(this.item().perGroup.map((g) => [g.group, g]));
    return PRIORITY_GROUPS.map((group) => {
      const rank = byGroup.get(group);
      return { group, rank: rank && rank.n > 0 ? rank : null };
    });
  });
  protected readonly byGroup = computed(() => groupCounts(this.item().byGroup));
  protected readonly byKnowledge = computed(() => countList(KNOWLEDGE_TYPES, this.item().byKnowledgeType));

  protected groupLabel(r: GroupRank): string {
    return rankLabel(r.rank, r.tied);
  }

  protected share(count: number): number {
    const total = this.item().submissionCount;
    return total > 0 ? Math.min(100, Math.round((count / total) * 100)) : 0;
  }
}
