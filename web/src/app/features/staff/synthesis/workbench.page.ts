import { CdkDrag, CdkDragPlaceholder, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { PagerComponent } from '../shared/pager.component';
import { asResult } from '../shared/result';
import { Crumb, StaffCrumbsComponent } from '../shared/staff-crumbs.component';
import { StaffRoundsApi } from '../shared/staff-rounds.api';
import { Announcer } from './announcer';
import { ClusteringPanelComponent } from './clustering-panel.component';
import { SubmissionCardComponent } from './submission-card.component';
import { ThemesColumnComponent } from './themes-column.component';
import {
  WORKBENCH_PAGE_SIZE,
  WorkbenchFilters,
  activeFilterCount,
  parseWorkbenchFilters,
  toWorkbenchParams,
  toWorkbenchQuery,
} from './workbench-filters';
import { WorkbenchFiltersComponent } from './workbench-filters.component';
import { WorkbenchHelpComponent } from './workbench-help.component';
import { WorkbenchShortcut, workbenchShortcutFor } from './workbench-shortcuts';
import { WorkbenchStore, submissionDomId } from './workbench.store';

/** The synthesis workbench of one round: clustering, themes, and the approved submissions to sort into them. */
@Component({
  selector: 'app-workbench-page',
  imports: [
    TranslatePipe,
    RouterLink,
    CdkDropListGroup,
    CdkDropList,
    CdkDrag,
    CdkDragPlaceholder,
    StaffCrumbsComponent,
    PagerComponent,
    ClusteringPanelComponent,
    WorkbenchFiltersComponent,
    WorkbenchHelpComponent,
    ThemesColumnComponent,
    SubmissionCardComponent,
  ],
  providers: [WorkbenchStore, Announcer],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './workbench.page.html',
  styleUrls: ['../shared/staff.css', './workbench.page.css'],
  host: { '(document:keydown)': 'onKey($event)' },
})
export class WorkbenchPage {
  readonly workspaceId = input.required<string>();
  readonly roundId = input.required<string>();
  // Query params, bound by the router (component input binding).
  readonly group = input<string>();
  readonly knowledgeType = input<string>();
  readonly lifeDomain = input<string>();
  readonly wijk = input<string>();
  readonly inputLine = input<string>();
  readonly search = input<string>();
  readonly theme = input<string>();
  readonly page = input<string>();

  protected readonly store = inject(WorkbenchStore);
  private readonly rounds = inject(StaffRoundsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly help = viewChild.required(WorkbenchHelpComponent);

  protected readonly filters = computed(() =>
    parseWorkbenchFilters({
      group: this.group(),
      knowledgeType: this.knowledgeType(),
      lifeDomain: this.lifeDomain(),
      wijk: this.wijk(),
      inputLine: this.inputLine(),
      search: this.search(),
      theme: this.theme(),
      page: this.page(),
    }),
  );
  protected readonly filterCount = computed(() => activeFilterCount(this.filters()));
  private readonly roundResource = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId() }),
    stream: ({ params }) => asResult(this.rounds.get(params.w, params.r)),
  });
  protected readonly roundTitle = computed(() => this.store.round()?.title ?? null);
  protected readonly crumbs = computed<Crumb[]>(() => [
    { label: 'staff.title', link: '/staff', query: { w: this.workspaceId() } },
    ...(this.roundTitle()
      ? [
          {
            label: this.roundTitle() ?? '',
            plain: true,
            link: `/staff/w/${this.workspaceId()}/rounds/${this.roundId()}`,
          },
        ]
      : []),
    { label: 'synthesis.workbench.title' },
  ]);
  protected readonly range = computed(() => {
    const first = (this.filters().page - 1) * WORKBENCH_PAGE_SIZE;
    const count = this.store.submissions().length;
    return { from: count ? first + 1 : 0, to: first + count, total: this.store.total() };
  });
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.store.total() / WORKBENCH_PAGE_SIZE)));
  protected readonly filteredTheme = computed(() => {
    const id = this.filters().theme;
    return id && id !== 'none' ? (this.store.themesById().get(id)?.name ?? null) : null;
  });

  constructor() {
    effect(() => {
      const query = toWorkbenchQuery(this.filters());
      const [w, r] = [this.workspaceId(), this.roundId()];
      untracked(() => void this.store.load(w, r, query));
    });
    effect(() => {
      const res = this.roundResource.hasValue() ? this.roundResource.value() : undefined;
      untracked(() => this.store.round.set(res?.ok ? res.value : null));
    });
  }

  /** Filters live in the URL; focus stays on the control that changed (the shell moves it to main). */
  protected async applyFilters(patch: Partial<WorkbenchFilters>): Promise<void> {
    const active = document.activeElement as HTMLElement | null;
    await this.router.navigate([], {
      relativeTo: this.route,
      queryParams: toWorkbenchParams(patch),
      queryParamsHandling: 'merge',
    });
    active?.focus({ preventScroll: true });
  }

  protected clearFilters(): void {
    void this.applyFilters({
      group: '',
      knowledgeType: '',
      lifeDomain: '',
      wijk: '',
      inputLine: '',
      search: '',
      theme: '',
    });
  }

  protected async goToPage(page: number): Promise<void> {
    await this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { page: page > 1 ? page : null },
      queryParamsHandling: 'merge',
    });
    this.store.focus('wb-list-heading');
  }

  protected onKey(event: KeyboardEvent): void {
    const shortcut = workbenchShortcutFor(event);
    if (!shortcut) return;
    event.preventDefault();
    this.run(shortcut);
  }

  private run(shortcut: WorkbenchShortcut): void {
    if (shortcut.action === 'undo') {
      if (!this.store.busy()) void this.store.undo();
      return;
    }
    if (shortcut.action === 'help') {
      this.help().open();
      return;
    }
    const items = this.store.submissions();
    if (!items.length) return;
    const activeCard = document.activeElement?.closest('.sub');
    const currentId =
      items.find((s) => activeCard?.id === submissionDomId(s.id))?.id ??
      items.find((s) => s.id === this.store.current())?.id;
    const index = currentId ? items.findIndex((s) => s.id === currentId) : -1;
    if (shortcut.action === 'next' || shortcut.action === 'previous') {
      const next =
        shortcut.action === 'next' ? Math.min(index + 1, items.length - 1) : Math.max(index - 1, 0);
      const target = items[next];
      if (target) this.store.focusSubmission(target.id);
      return;
    }
    const item = items[index];
    if (!item) {
      this.store.announcer.announce('synthesis.shortcuts.pickFirst');
      return;
    }
    if (this.store.busy()) return;
    if (shortcut.action === 'assignTo') {
      const theme = this.store.partition().active[shortcut.index];
      if (theme) void this.store.assign(item, theme);
      else this.store.announcer.announce('synthesis.shortcuts.noTheme', { n: shortcut.index + 1 });
    } else if (shortcut.action === 'assignMenu') {
      this.store.focus(`${submissionDomId(item.id)}-assign`);
    } else if (shortcut.action === 'acceptSuggestions') {
      void this.store.acceptAllSuggestions(item);
    } else if (shortcut.action === 'duplicate') {
      document.getElementById(`${submissionDomId(item.id)}-dup-toggle`)?.click();
    }
  }
}
