import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { PagerComponent } from '../shared/pager.component';
import { asResult } from '../shared/result';
import { Crumb, StaffCrumbsComponent } from '../shared/staff-crumbs.component';
import { StaffRoundsApi } from '../shared/staff-rounds.api';
import { ModerationItemComponent } from './moderation-item.component';
import { ModerationQueueStore, itemDomId } from './moderation-queue.store';
import { PAGE_SIZE, QueueFilters, parseFilters, toQuery, toQueryParams } from './queue-filters';
import { QueueFiltersComponent } from './queue-filters.component';
import { QueueShortcut, shortcutFor } from './queue-shortcuts';
import { ShortcutsHelpComponent } from './shortcuts-help.component';

/** The moderation queue of one round: filters, urgent alert, items, bulk approve, keyboard shortcuts. */
@Component({
  selector: 'app-moderation-page',
  imports: [
    TranslatePipe,
    RouterLink,
    StaffCrumbsComponent,
    PagerComponent,
    QueueFiltersComponent,
    ModerationItemComponent,
    ShortcutsHelpComponent,
  ],
  providers: [ModerationQueueStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-staff-crumbs [crumbs]="crumbs()" />
    <h1>
      {{ 'moderation.title' | translate }}
      @if (roundTitle(); as t) {
        <span class="subtitle">{{ t }}</span>
      }
    </h1>
    <ul class="actions links">
      <li>
        <a class="button" [routerLink]="['/staff/w', workspaceId(), 'rounds', roundId(), 'dashboard']">{{
          'staffArea.dashboard' | translate
        }}</a>
      </li>
      <li>
        <a class="button" [routerLink]="['/staff/w', workspaceId(), 'rounds', roundId(), 'synthesis']">{{
          'synthesis.nav.workbench' | translate
        }}</a>
      </li>
      <li><app-shortcuts-help /></li>
    </ul>

    @if (store.urgentPending() > 0) {
      <section class="notice urgent" aria-labelledby="urgent-alert">
        <p id="urgent-alert">
          <strong
            ><span aria-hidden="true">⚠</span>
            {{
              (store.urgentPending() === 1 ? 'moderation.urgentAlert.one' : 'moderation.urgentAlert.other')
                | translate: { count: store.urgentPending() }
            }}</strong
          >
        </p>
        @if (filters().flag !== 'urgent' || filters().status !== 'pending') {
          <button type="button" class="button" (click)="applyFilters({ flag: 'urgent', status: 'pending' })">
            {{ 'moderation.urgentAlert.show' | translate }}
          </button>
        }
      </section>
    }

    <app-queue-filters
      [filters]="filters()"
      [lifeDomains]="roundLifeDomains()"
      (changed)="applyFilters($event)"
    />

    <p class="announcer" role="status">{{ store.announcement() }}</p>

    <h2 id="queue-heading" tabindex="-1">{{ 'moderation.listHeading' | translate: range() }}</h2>

    @if (store.loadProblem(); as p) {
      <div class="error" role="alert">
        <p>{{ p.key | translate }}</p>
        <button type="button" class="button" (click)="store.reload()">
          {{ 'staffArea.retry' | translate }}
        </button>
      </div>
    } @else if (store.loading() && !store.items().length) {
      <p>{{ 'common.loading' | translate }}</p>
    } @else if (!store.items().length) {
      @if (store.total() > 0 && filters().page > 1) {
        <p>{{ 'moderation.emptyPage' | translate }}</p>
        <button type="button" class="button" (click)="goToPage(1)">
          {{ 'moderation.pager.first' | translate }}
        </button>
      } @else {
        <p>{{ 'moderation.empty' | translate }}</p>
      }
    } @else {
      <div class="bulk actions">
        <div class="check">
          <input type="checkbox" id="select-all" [checked]="allSelected()" (change)="toggleAll($event)" />
          <label for="select-all">{{ 'moderation.bulk.selectAll' | translate }}</label>
        </div>
        <button
          type="button"
          class="button primary"
          [disabled]="!store.selected().size || store.busy() === 'bulk'"
          (click)="store.bulkApprove()"
        >
          {{ 'moderation.bulk.approve' | translate: { count: store.selected().size } }}
        </button>
      </div>
      <ol class="queue" [attr.aria-busy]="store.loading()">
        @for (item of store.items(); track item.id; let i = $index) {
          <li><app-moderation-item [item]="item" [position]="range().from + i" /></li>
        }
      </ol>
    }

    <app-pager [page]="filters().page" [pages]="pages()" (pageChange)="goToPage($event)" />
  `,
  styleUrls: ['../shared/staff.css', './moderation.page.css'],
  host: { '(document:keydown)': 'onKey($event)' },
})
export class ModerationPage {
  readonly workspaceId = input.required<string>();
  readonly roundId = input.required<string>();
  // Query params, bound by the router (component input binding).
  readonly status = input<string>();
  readonly group = input<string>();
  readonly kind = input<string>();
  readonly flag = input<string>();
  readonly lifeDomain = input<string>();
  readonly page = input<string>();

  protected readonly store = inject(ModerationQueueStore);
  private readonly rounds = inject(StaffRoundsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly filters = computed(() =>
    parseFilters({
      status: this.status(),
      group: this.group(),
      kind: this.kind(),
      flag: this.flag(),
      lifeDomain: this.lifeDomain(),
      page: this.page(),
    }),
  );
  private readonly round = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId() }),
    stream: ({ params }) => asResult(this.rounds.get(params.w, params.r)),
  });
  protected readonly roundTitle = computed(() => {
    const res = this.round.hasValue() ? this.round.value() : undefined;
    return res?.ok ? res.value.title : null;
  });
  protected readonly crumbs = computed<Crumb[]>(() => [
    { label: 'staff.title', link: '/staff', query: { w: this.workspaceId() } },
    ...(this.roundTitle() ? [{ label: this.roundTitle() ?? '', plain: true }] : []),
    { label: 'moderation.title' },
  ]);
  protected readonly range = computed(() => {
    const first = (this.filters().page - 1) * PAGE_SIZE;
    const count = this.store.items().length;
    return { from: count ? first + 1 : 0, to: first + count, total: this.store.total() };
  });
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.store.total() / PAGE_SIZE)));
  protected readonly allSelected = computed(
    () => this.store.items().length > 0 && this.store.selected().size === this.store.items().length,
  );

  constructor() {
    effect(() => {
      const query = toQuery(this.filters());
      const [w, r] = [this.workspaceId(), this.roundId()];
      untracked(() => void this.store.load(w, r, query));
    });
    effect(() => {
      const res = this.round.hasValue() ? this.round.value() : undefined;
      untracked(() => this.store.round.set(res?.ok ? res.value : null));
    });
  }

  protected roundLifeDomains() {
    return this.store.round()?.lifeDomains ?? [];
  }

  /** Filters live in the URL; focus stays on the control that changed (the shell moves it to main). */
  protected async applyFilters(patch: Partial<QueueFilters>): Promise<void> {
    const active = document.activeElement as HTMLElement | null;
    await this.router.navigate([], {
      relativeTo: this.route,
      queryParams: toQueryParams(patch),
      queryParamsHandling: 'merge',
    });
    active?.focus({ preventScroll: true });
  }

  protected async goToPage(page: number): Promise<void> {
    await this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { page: page > 1 ? page : null },
      queryParamsHandling: 'merge',
    });
    this.store.focusItem(null);
  }

  protected toggleAll(event: Event): void {
    this.store.selectAll((event.target as HTMLInputElement).checked);
  }

  protected onKey(event: KeyboardEvent): void {
    if (!this.store.shortcutsOn()) return;
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    this.run(action);
  }

  private run(action: QueueShortcut): void {
    const items = this.store.items();
    if (!items.length) return;
    const activeItem = document.activeElement?.closest('.mod-item');
    const currentId =
      items.find((i) => activeItem?.id === itemDomId(i.id))?.id ??
      items.find((i) => i.id === this.store.current())?.id;
    const index = currentId ? items.findIndex((i) => i.id === currentId) : -1;
    if (action === 'next' || action === 'previous') {
      const next = action === 'next' ? Math.min(index + 1, items.length - 1) : Math.max(index - 1, 0);
      const target = items[next];
      if (target) this.store.focusItem(target.id);
      return;
    }
    const item = items[index];
    if (!item) {
      this.store.announce('moderation.shortcuts.pickFirst');
      return;
    }
    if (action === 'approve') {
      if (!this.store.busy()) void this.store.approve(item);
    } else if (action === 'reject') {
      this.store.editing.set(null);
      this.store.rejecting.set(item.id);
    } else if (action === 'original') void this.store.toggleOriginal(item);
    else if (action === 'select') this.store.toggleSelected(item.id);
  }
}
