import { CdkDragDrop, CdkDropList } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Theme, WorkbenchSubmission } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { MergeDialogComponent } from './merge-dialog.component';
import { SplitDialogComponent } from './split-dialog.component';
import { ThemeCardComponent } from './theme-card.component';
import { WorkbenchStore } from './workbench.store';

/** The themes of the round: new theme, selection toolbar (merge, research question), active and suggested themes. */
@Component({
  selector: 'app-themes-column',
  imports: [
    TranslatePipe,
    RouterLink,
    CdkDropList,
    ThemeCardComponent,
    MergeDialogComponent,
    SplitDialogComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './themes-column.component.css'],
  template: `
    <h2 id="wb-themes-title">
      {{ 'synthesis.themes.title' | translate: { count: store.partition().active.length } }}
    </h2>
    <button
      type="button"
      class="button"
      id="wb-new-theme"
      aria-controls="wb-new-theme-form"
      [attr.aria-expanded]="creating()"
      (click)="toggleCreate()"
    >
      <span aria-hidden="true">+</span> {{ 'synthesis.themes.new' | translate }}
    </button>
    @if (creating()) {
      <form id="wb-new-theme-form" class="box create no-shortcuts" (submit)="create($event)" novalidate>
        <div class="field">
          <label for="wb-new-name">{{ 'synthesis.theme.name' | translate }}</label>
          <input
            id="wb-new-name"
            type="text"
            maxlength="200"
            [value]="newName()"
            [attr.aria-invalid]="newNameError()"
            [attr.aria-describedby]="newNameError() ? 'wb-new-name-error' : null"
            (input)="newName.set(text($event))"
          />
          @if (newNameError()) {
            <p class="field-error" id="wb-new-name-error">{{ 'synthesis.theme.nameRequired' | translate }}</p>
          }
        </div>
        <div class="field">
          <label for="wb-new-description">{{ 'synthesis.theme.description' | translate }}</label>
          <textarea
            id="wb-new-description"
            rows="2"
            maxlength="2000"
            [value]="newDescription()"
            (input)="newDescription.set(text($event))"
          ></textarea>
        </div>
        <button type="submit" class="button primary" [disabled]="store.busy() === 'create-theme'">
          {{ 'synthesis.themes.create' | translate }}
        </button>
      </form>
    }

    <div class="toolbar actions" role="group" [attr.aria-label]="'synthesis.themes.selection' | translate">
      <button
        type="button"
        class="button"
        id="wb-merge"
        [disabled]="selected().length < 2"
        (click)="merge.open()"
      >
        {{ 'synthesis.themes.merge' | translate: { count: selected().length } }}
      </button>
      @if (selected().length) {
        <a
          class="button"
          [routerLink]="[
            '/staff/w',
            store.ids.workspaceId,
            'rounds',
            store.ids.roundId,
            'research-questions',
          ]"
          [queryParams]="{ themes: selectedIds() }"
          >{{ 'synthesis.themes.toQuestion' | translate: { count: selected().length } }}</a
        >
        <button type="button" class="button" (click)="store.selectedThemes.set(emptySet)">
          {{ 'synthesis.themes.clearSelection' | translate }}
        </button>
      }
    </div>

    @if (store.partition().active.length) {
      <ol class="themes" [attr.aria-labelledby]="'wb-themes-title'">
        @for (t of store.partition().active; track t.id; let i = $index) {
          <li
            cdkDropList
            [cdkDropListData]="t"
            [cdkDropListSortingDisabled]="true"
            (cdkDropListDropped)="dropped($event)"
          >
            <app-theme-card [theme]="t" [number]="i < 9 ? i + 1 : null" (split)="split.open($event)" />
          </li>
        }
      </ol>
    } @else {
      <p class="hint">{{ 'synthesis.themes.none' | translate }}</p>
    }

    @if (store.partition().suggested.length) {
      <h2 id="wb-suggested-title">
        {{ 'synthesis.themes.suggestedTitle' | translate: { count: store.partition().suggested.length } }}
      </h2>
      <p class="hint">{{ 'synthesis.themes.suggestedHint' | translate }}</p>
      <ul class="themes" aria-labelledby="wb-suggested-title">
        @for (t of store.partition().suggested; track t.id) {
          <li><app-theme-card [theme]="t" /></li>
        }
      </ul>
    }

    <app-merge-dialog #merge />
    <app-split-dialog #split />
  `,
})
export class ThemesColumnComponent {
  protected readonly store = inject(WorkbenchStore);
  protected readonly emptySet: ReadonlySet<string> = new Set();
  protected readonly creating = signal(false);
  protected readonly newName = signal('');
  protected readonly newDescription = signal('');
  protected readonly newNameError = signal(false);
  protected readonly selected = computed(() => {
    const ids = this.store.selectedThemes();
    return this.store.themes().filter((t) => ids.has(t.id));
  });
  protected readonly selectedIds = computed(() =>
    this.selected()
      .map((t) => t.id)
      .join(','),
  );

  /** Drop a submission on a theme: it goes into that theme as well (a submission can be in several). */
  protected dropped(event: CdkDragDrop<Theme, unknown, WorkbenchSubmission>): void {
    if (event.container === event.previousContainer || !event.isPointerOverContainer) return;
    void this.store.assign(event.item.data, event.container.data);
  }

  protected toggleCreate(): void {
    this.creating.set(!this.creating());
    if (this.creating()) this.store.focus('wb-new-name');
  }

  protected async create(event: Event): Promise<void> {
    event.preventDefault();
    const name = this.newName().trim();
    this.newNameError.set(!name);
    if (!name) {
      this.store.focus('wb-new-name');
      return;
    }
    if (await this.store.createTheme(name, this.newDescription().trim())) {
      this.newName.set('');
      this.newDescription.set('');
      this.creating.set(false);
      this.store.focus('wb-new-theme');
    }
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
