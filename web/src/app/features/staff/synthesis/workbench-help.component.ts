import { ChangeDetectionStrategy, Component, ElementRef, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { WORKBENCH_SHORTCUT_LIST } from './workbench-shortcuts';

/** "Sneltoetsen": what the keys do on the workbench, in a modal <dialog>. Also opened with "?". */
@Component({
  selector: 'app-workbench-help',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './dialog.css'],
  template: `
    <button #opener type="button" class="button" aria-haspopup="dialog" (click)="open()">
      <span aria-hidden="true">⌨</span> {{ 'synthesis.shortcuts.toggle' | translate }}
    </button>
    <dialog #dialog aria-labelledby="wb-help-title" (close)="opener.focus()">
      <h2 id="wb-help-title">{{ 'synthesis.shortcuts.title' | translate }}</h2>
      <p class="hint">{{ 'synthesis.shortcuts.intro' | translate }}</p>
      <dl>
        @for (s of list; track s.keys) {
          <div>
            <dt>
              <kbd>{{ s.keys }}</kbd>
            </dt>
            <dd>{{ 'synthesis.shortcuts.' + s.action | translate }}</dd>
          </div>
        }
      </dl>
      <p class="hint">{{ 'synthesis.shortcuts.drag' | translate }}</p>
      <div class="actions">
        <button type="button" class="button primary" (click)="dialog.close()">
          {{ 'synthesis.shortcuts.close' | translate }}
        </button>
      </div>
    </dialog>
  `,
  styles: `
    dl {
      margin: 0 0 1rem;
      display: grid;
      gap: 0.35rem;
    }
    dl div {
      display: flex;
      gap: 0.75rem;
    }
    dt {
      min-width: 4.5rem;
    }
    dd {
      margin: 0;
    }
    kbd {
      border: 1px solid var(--color-border);
      border-radius: 4px;
      padding: 0 0.4rem;
      font-weight: 700;
      background: #fff;
    }
  `,
})
export class WorkbenchHelpComponent {
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  protected readonly list = WORKBENCH_SHORTCUT_LIST;

  open(): void {
    const d = this.dialog().nativeElement;
    if (!d.open) d.showModal();
  }
}
