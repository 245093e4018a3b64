import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { RoundOption } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { ModerationApi } from '../shared/moderation.api';
import { asResult } from '../shared/result';
import { Crumb, StaffCrumbsComponent } from '../shared/staff-crumbs.component';
import { StaffRoundsApi } from '../shared/staff-rounds.api';
import { CountTableComponent, KeyLabel } from './count-table.component';

const byCode = (list: RoundOption[] | undefined): KeyLabel => ({
  map: new Map((list ?? []).map((o) => [o.code, o.label])),
});

/** Who has given input so far, and who is missing. */
@Component({
  selector: 'app-dashboard-page',
  imports: [TranslatePipe, RouterLink, StaffCrumbsComponent, CountTableComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/staff.css',
  template: `
    <app-staff-crumbs [crumbs]="crumbs()" />
    <h1>
      {{ 'dashboard.title' | translate }}
      @if (roundValue(); as r) {
        <span class="visually-hidden">: </span><span class="subtitle">{{ r.title }}</span>
      }
    </h1>
    <ul class="actions links">
      <li>
        <a class="button" [routerLink]="['/staff/w', workspaceId(), 'rounds', roundId(), 'moderation']">{{
          'staffArea.moderation' | translate
        }}</a>
      </li>
      <li>
        <a class="button" [routerLink]="['/staff/w', workspaceId(), 'rounds', roundId(), 'synthesis']">{{
          'synthesis.nav.workbench' | translate
        }}</a>
      </li>
    </ul>

    @if (data(); as res) {
      @if (res.ok) {
        @let d = res.value;
        @if (d.underRepresented.length) {
          <section class="notice" aria-labelledby="under-title">
            <h2 id="under-title">
              <span aria-hidden="true">ℹ</span> {{ 'dashboard.underTitle' | translate }}
            </h2>
            <p>
              <strong
                >{{ 'dashboard.underRepresented' | translate }}
                @for (k of groupNames(d.underRepresented); track k; let last = $last) {
                  {{ k | translate }}{{ last ? '' : ', ' }}
                }
              </strong>
            </p>
            <p>{{ 'dashboard.underHint' | translate }}</p>
          </section>
        }
        @if (d.urgentPending > 0) {
          <p class="notice urgent">
            <span aria-hidden="true">⚠ </span>
            <a
              [routerLink]="['/staff/w', workspaceId(), 'rounds', roundId(), 'moderation']"
              [queryParams]="{ flag: 'urgent' }"
              >{{ 'dashboard.urgentPending' | translate: { count: d.urgentPending } }}</a
            >
          </p>
        }
        <dl class="totals">
          <div>
            <dt>{{ 'dashboard.total' | translate }}</dt>
            <dd>{{ d.total }}</dd>
          </div>
          <div>
            <dt>{{ 'dashboard.participants' | translate }}</dt>
            <dd>{{ d.participants }}</dd>
          </div>
        </dl>
        <div class="tables">
          <app-count-table
            caption="dashboard.byStatus"
            header="dashboard.status"
            [buckets]="d.byStatus"
            [labels]="labels().status"
            [total]="d.total"
          />
          <app-count-table
            caption="dashboard.byGroup"
            header="dashboard.group"
            [buckets]="d.byGroup"
            [labels]="labels().group"
            [total]="d.total"
            [highlight]="d.underRepresented"
          />
          <app-count-table
            caption="dashboard.byAgeBand"
            header="dashboard.ageBand"
            [buckets]="d.byAgeBand"
            [labels]="labels().ageBand"
            [total]="d.total"
          />
          <app-count-table
            caption="dashboard.byLifeDomain"
            header="dashboard.lifeDomain"
            [buckets]="d.byLifeDomain"
            [labels]="labels().lifeDomain"
            [total]="d.total"
          />
          @if (d.byWijk.length) {
            <app-count-table
              caption="dashboard.byWijk"
              header="dashboard.wijk"
              [buckets]="d.byWijk"
              [labels]="labels().wijk"
              [total]="d.total"
            />
          }
          <app-count-table
            caption="dashboard.byKind"
            header="dashboard.kind"
            [buckets]="d.byKind"
            [labels]="labels().kind"
            [total]="d.total"
          />
        </div>
        <p class="hint">{{ 'dashboard.shareNote' | translate }}</p>
      } @else {
        <p class="error" role="alert">{{ res.problem.key | translate }}</p>
      }
    } @else {
      <p role="status">{{ 'common.loading' | translate }}</p>
    }
  `,
  styles: `
    .links {
      list-style: none;
      padding: 0;
      margin: 0 0 1.25rem;
    }
    .subtitle {
      display: block;
      font-size: 1.1rem;
      font-weight: 400;
      margin-top: 0.25rem;
    }
    .notice h2 {
      font-size: 1.15rem;
      margin: 0 0 0.25rem;
    }
    .totals {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr));
      gap: 0.75rem;
      margin: 0 0 1.5rem;
    }
    .totals div {
      background: var(--color-surface);
      border-radius: var(--radius);
      padding: 0.75rem 1rem;
    }
    .totals dt {
      font-weight: 600;
    }
    .totals dd {
      margin: 0;
      font-size: 1.75rem;
      font-weight: 700;
    }
    .tables {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 1.5rem;
    }
  `,
})
export class DashboardPage {
  readonly workspaceId = input.required<string>();
  readonly roundId = input.required<string>();
  private readonly api = inject(ModerationApi);
  private readonly rounds = inject(StaffRoundsApi);

  private readonly dashboard = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId() }),
    stream: ({ params }) => asResult(this.api.dashboard(params.w, params.r)),
  });
  private readonly round = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId() }),
    stream: ({ params }) => asResult(this.rounds.get(params.w, params.r)),
  });
  protected readonly data = computed(() => (this.dashboard.hasValue() ? this.dashboard.value() : undefined));
  protected readonly roundValue = computed(() => {
    const res = this.round.hasValue() ? this.round.value() : undefined;
    return res?.ok ? res.value : null;
  });
  protected readonly labels = computed(() => {
    const r = this.roundValue();
    return {
      status: { prefix: 'moderation.status.' },
      group: { prefix: 'staffGroups.' },
      kind: { prefix: 'staffKinds.' },
      ageBand: { format: 'dashboard.ageBandLabel' },
      lifeDomain: byCode(r?.lifeDomains),
      wijk: byCode(r?.wijken),
    } satisfies Record<string, KeyLabel>;
  });
  protected readonly crumbs = computed<Crumb[]>(() => {
    const title = this.roundValue()?.title;
    return [
      { label: 'staff.title', link: '/staff', query: { w: this.workspaceId() } },
      ...(title ? [{ label: title, plain: true }] : []),
      { label: 'dashboard.title' },
    ];
  });

  protected groupNames(keys: string[]): string[] {
    return keys.map((k) => `dashboard.groupsPlural.${k}`);
  }
}
