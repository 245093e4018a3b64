import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import type { Theme } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { WorkbenchStore } from './workbench.store';

/** "Samenvoegen": the selected themes become one; the moderator picks which one stays. A modal <dialog>. */
@Component({
  selector: 'app-merge-dialog',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './dialog.css'],
  template: `
    <dialog #dialog class="no-shortcuts" aria-labelledby="merge-title" (close)="closed()">
      <form (submit)="submit($event)" novalidate>
        <h2 id="merge-title">{{ 'synthesis.merge.title' | translate: { count: themes().length } }}</h2>
        <p class="hint">{{ 'synthesis.merge.intro' | translate }}</p>
        <fieldset>
          <legend>{{ 'synthesis.merge.target' | translate }}</legend>
          @for (t of themes(); track t.id) {
            <div class="check">
              <input
                type="radio"
                name="merge-target"
                [id]="'merge-target-' + t.id"
                [value]="t.id"
                [checked]="target() === t.id"
                (change)="target.set(t.id)"
              />
              <label [for]="'merge-target-' + t.id">
                {{ t.name }}
                ({{ 'synthesis.theme.submissionCount' | translate: { count: t.submissionCount } }})
              </label>
            </div>
          }
        </fieldset>
        <div class="actions">
          <button type="submit" class="button primary" [disabled]="store.busy() !== null">
            {{ 'synthesis.merge.submit' | translate }}
          </button>
          <button type="button" class="button" (click)="close()">{{ 'staffArea.cancel' | translate }}</button>
        </div>
      </form>
    </dialog>
  `,
})
export class MergeDialogComponent {
  protected readonly store = inject(WorkbenchStore);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  protected readonly target = signal('');
  protected readonly themes = computed(() => {
    const selected = this.store.selectedThemes();
    return this.store.themes().filter((t) => selected.has(t.id));
  });
  private returnFocus = true;

  open(): void {
    // The biggest theme usually stays; the moderator can pick another.
    const biggest = [...this.themes()].sort((a, b) => b.submissionCount - a.submissionCount)[0];
    this.target.set(biggest?.id ?? '');
    this.returnFocus = true;
    this.dialog().nativeElement.showModal();
  }

  close(): void {
    this.dialog().nativeElement.close();
  }

  protected closed(): void {
    if (this.returnFocus) this.store.focus('wb-merge');
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const all = this.themes();
    const target: Theme | undefined = all.find((t) => t.id === this.target());
    if (!target || all.length < 2) return;
    const sources = all.filter((t) => t.id !== target.id);
    // Close first (the browser puts focus back on the opener), then the store moves focus to the merged
    // theme, or to the message saying what went wrong.
    this.returnFocus = false;
    this.close();
    await this.store.mergeThemes(target, sources);
  }
}
