import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { PRIORITY_GROUPS, type MySubmissionTrace, type RoundStatus } from '@inbreng/contracts';

/** Under one submission on "Mijn inbreng": the themes it went into, the research questions it fed, their places. */
@Component({
  selector: 'app-my-input-trace',
  imports: [TranslatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = trace();
    <div class="trace" data-testid="my-trace">
      @if (t.themes.length) {
        <p>
          <strong>{{ 'myTrace.themes' | translate }}</strong>
          {{ themeNames() }}
        </p>
      } @else if (t.submission.status === 'approved') {
        <p>{{ 'myTrace.noThemeYet' | translate }}</p>
      }
      @if (t.researchQuestions.length) {
        <p>
          <strong>{{ 'myTrace.questions' | translate }}</strong>
        </p>
        <ul class="trace-questions">
          @for (q of questions(); track q.id) {
            <li data-testid="my-trace-question">
              <p class="trace-question">{{ q.text }}</p>
              @if (q.combinedRank !== null) {
                <p class="trace-rank">{{ 'myTrace.place' | translate: { place: q.combinedRank } }}</p>
                <p class="trace-groups">
                  {{ 'myTrace.perGroup' | translate }}
                  @for (g of q.groups; track g.group; let last = $last) {
                    {{ 'priorityGroups.' + g.group | translate }}:
                    @if (g.rank !== null) {
                      {{ 'myTrace.groupPlace' | translate: { place: g.rank } }}
                    } @else {
                      {{ 'myTrace.noVotes' | translate }}
                    }
                    {{ last ? '' : ';' }}
                  }
                </p>
              } @else if (roundStatus() === 'prioritising') {
                <p class="trace-rank">{{ 'myTrace.voting' | translate }}</p>
              } @else if (roundStatus() === 'published') {
                <p class="trace-rank">{{ 'myTrace.notOnAgenda' | translate }}</p>
              }
            </li>
          }
        </ul>
      }
      @if (agendaPublished() && t.researchQuestions.length) {
        <p>
          <a [routerLink]="['/r', roundSlug(), 'agenda']">{{ 'myTrace.agendaLink' | translate }}</a>
        </p>
      }
    </div>
  `,
  styles: `
    .trace {
      border-top: 1px solid #d5dde0;
      margin-top: 0.5rem;
      padding-top: 0.5rem;
    }
    .trace p {
      margin: 0.25rem 0;
    }
    .trace-questions {
      padding-left: 1.25rem;
      margin: 0 0 0.5rem;
    }
    .trace-question {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .trace-rank {
      font-weight: 700;
      color: var(--color-primary-dark);
    }
    a {
      display: inline-block;
      min-height: 44px;
      padding: 0.6rem 0;
    }
  `,
})
export class MyInputTraceComponent {
  readonly trace = input.required<MySubmissionTrace>();
  readonly roundStatus = input.required<RoundStatus>();
  readonly roundSlug = input.required<string>();
  /** True once the round's agenda is published (the trace then has an agenda URL). */
  readonly agendaPublished = input(false);

  protected readonly themeNames = computed(() =>
    this.trace()
      .themes.map((t) => t.name)
      .join(', '),
  );
  /** Per-group places in a fixed group order, so every question reads the same way. */
  protected readonly questions = computed(() =>
    this.trace().researchQuestions.map((q) => {
      const byGroup = new Map(q.perGroup.map((g) => [g.group, g.rank]));
      return {
        ...q,
        groups: PRIORITY_GROUPS.filter((g) => byGroup.has(g)).map((group) => ({
          group,
          rank: byGroup.get(group) ?? null,
        })),
      };
    }),
  );
}
