import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ModerationQueueStore } from './moderation-queue.store';
import { SHORTCUT_LIST } from './queue-shortcuts';

/** "Sneltoetsen": the list of keys, and a switch to turn them off (WCAG 2.1.4). */
@Component({
  selector: 'app-shortcuts-help',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/staff.css',
  template: `
    <button
      type="button"
      class="button"
      aria-controls="shortcuts-panel"
      [attr.aria-expanded]="open()"
      (click)="open.set(!open())"
    >
      <span aria-hidden="true">⌨</span> {{ 'moderation.shortcuts.toggle' | translate }}
    </button>
    @if (open()) {
      <div id="shortcuts-panel" class="box panel">
        <div class="check">
          <input type="checkbox" id="shortcuts-on" [checked]="store.shortcutsOn()" (change)="setOn($event)" />
          <label for="shortcuts-on">{{ 'moderation.shortcuts.enabled' | translate }}</label>
        </div>
        <p class="hint">{{ 'moderation.shortcuts.intro' | translate }}</p>
        <dl>
          @for (s of list; track s.key) {
            <div>
              <dt>
                <kbd>{{ s.key }}</kbd>
              </dt>
              <dd>{{ 'moderation.shortcuts.' + s.action | translate }}</dd>
            </div>
          }
        </dl>
      </div>
    }
  `,
  styles: `
    .panel {
      margin-top: 0.5rem;
    }
    dl {
      margin: 0;
      display: grid;
      gap: 0.25rem;
    }
    dl div {
      display: flex;
      gap: 0.75rem;
    }
    dt {
      min-width: 2rem;
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
export class ShortcutsHelpComponent {
  protected readonly store = inject(ModerationQueueStore);
  protected readonly open = signal(false);
  protected readonly list = SHORTCUT_LIST;

  protected setOn(event: Event): void {
    this.store.setShortcuts((event.target as HTMLInputElement).checked);
  }
}
