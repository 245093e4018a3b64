import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import type { Theme, WorkbenchSubmission } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import type { ApiProblem } from '../shared/api-problem';
import { excerpt } from './workbench-logic';
import { WorkbenchStore, themeDomId } from './workbench.store';

type SplitError = 'name' | 'none' | 'all' | null;

/** "Splitsen": pick submissions of a theme and move them into a new theme. A modal <dialog>. */
@Component({
  selector: 'app-split-dialog',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './dialog.css'],
  template: `
    <dialog #dialog class="no-shortcuts" aria-labelledby="split-title" (close)="closed()">
      @if (theme(); as t) {
        <form (submit)="submit($event)" novalidate>
          <h2 id="split-title">{{ 'synthesis.split.title' | translate: { theme: t.name } }}</h2>
          <p class="hint">{{ 'synthesis.split.intro' | translate }}</p>
          @if (error(); as e) {
            <p class="field-error" role="alert">{{ 'synthesis.split.errors.' + e | translate }}</p>
          }
          <div class="field">
            <label for="split-name">{{ 'synthesis.split.name' | translate }}</label>
            <input
              id="split-name"
              type="text"
              maxlength="200"
              [value]="name()"
              [attr.aria-invalid]="error() === 'name'"
              (input)="name.set(text($event))"
            />
          </div>
          <div class="field">
            <label for="split-description">{{ 'synthesis.split.description' | translate }}</label>
            <textarea
              id="split-description"
              rows="2"
              maxlength="2000"
              [value]="description()"
              (input)="description.set(text($event))"
            ></textarea>
          </div>
          <fieldset>
            <legend>{{ 'synthesis.split.pick' | translate }}</legend>
            @if (problem(); as p) {
              <p class="error" role="alert">{{ p.key | translate }}</p>
            } @else if (loading()) {
              <p role="status">{{ 'common.loading' | translate }}</p>
            } @else {
              <ul class="picks">
                @for (s of items(); track s.id) {
                  <li class="check">
                    <input
                      type="checkbox"
                      [id]="'split-pick-' + s.id"
                      [checked]="picked().has(s.id)"
                      (change)="toggle(s.id)"
                    />
                    <label [for]="'split-pick-' + s.id">
                      <span class="who">{{ 'staffGroups.' + s.group | translate }}:</span> {{ s.label }}
                    </label>
                  </li>
                }
              </ul>
            }
          </fieldset>
          <div class="actions">
            <button type="submit" class="button primary" [disabled]="busy()">
              {{ 'synthesis.split.submit' | translate: { count: picked().size } }}
            </button>
            <button type="button" class="button" (click)="close()">
              {{ 'staffArea.cancel' | translate }}
            </button>
          </div>
        </form>
      }
    </dialog>
  `,
})
export class SplitDialogComponent {
  private readonly store = inject(WorkbenchStore);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  protected readonly theme = signal<Theme | null>(null);
  protected readonly submissions = signal<WorkbenchSubmission[]>([]);
  protected readonly items = computed(() =>
    this.submissions().map((s) => ({ id: s.id, group: s.group, label: excerpt(s.text, 120) })),
  );
  protected readonly loading = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly picked = signal<ReadonlySet<string>>(new Set());
  protected readonly name = signal('');
  protected readonly description = signal('');
  protected readonly error = signal<SplitError>(null);
  protected readonly busy = computed(() => this.store.busy() !== null);
  private returnFocusTo = '';

  async open(theme: Theme): Promise<void> {
    this.theme.set(theme);
    this.name.set('');
    this.description.set('');
    this.picked.set(new Set());
    this.error.set(null);
    this.problem.set(null);
    this.submissions.set([]);
    this.returnFocusTo = `${themeDomId(theme.id)}-split`;
    this.loading.set(true);
    this.dialog().nativeElement.showModal();
    const res = await this.store.themeSubmissions(theme);
    this.loading.set(false);
    if (res.ok) this.submissions.set(res.value);
    else this.problem.set(res.problem);
  }

  close(): void {
    this.dialog().nativeElement.close();
  }

  protected closed(): void {
    if (this.returnFocusTo) this.store.focus(this.returnFocusTo);
    this.returnFocusTo = '';
  }

  protected toggle(id: string): void {
    this.picked.update((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const theme = this.theme();
    if (!theme) return;
    const name = this.name().trim();
    const error: SplitError = !name
      ? 'name'
      : !this.picked().size
        ? 'none'
        : this.picked().size >= this.submissions().length
          ? 'all'
          : null;
    this.error.set(error);
    if (error) return;
    // Close first (the browser puts focus back on the opener), then the store moves focus to the new
    // theme, or to the message saying what went wrong.
    this.returnFocusTo = '';
    this.close();
    await this.store.splitTheme(theme, name, this.description().trim(), [...this.picked()]);
  }

  protected text(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
