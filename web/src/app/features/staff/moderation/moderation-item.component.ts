import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
} from '@angular/core';
import type { ModerationItem } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n';
import { StaffDatePipe } from '../shared/staff-date.pipe';
import { ModerationQueueStore, itemDomId } from './moderation-queue.store';
import { RedactChoice, RedactFormComponent } from './redact-form.component';
import { RejectChoice, RejectFormComponent } from './reject-form.component';

/** One submission in the queue, with its flags, text (and original on request) and decisions. */
@Component({
  selector: 'app-moderation-item',
  imports: [TranslatePipe, StaffDatePipe, RejectFormComponent, RedactFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './moderation-item.component.html',
  styleUrls: ['../shared/staff.css', './moderation-item.component.css'],
})
export class ModerationItemComponent {
  readonly item = input.required<ModerationItem>();
  readonly position = input.required<number>();
  protected readonly store = inject(ModerationQueueStore);
  protected readonly lang = inject(LanguageService).current;
  private readonly injector = inject(Injector);

  protected readonly domId = computed(() => itemDomId(this.item().id));
  protected readonly selected = computed(() => this.store.selected().has(this.item().id));
  protected readonly busy = computed(() => this.store.busy() === this.item().id);
  protected readonly original = computed(() =>
    this.store.showingOriginal().has(this.item().id) ? this.store.originals().get(this.item().id) : undefined,
  );
  protected readonly rejecting = computed(() => this.store.rejecting() === this.item().id);
  protected readonly editing = computed(() => this.store.editing() === this.item().id);
  protected readonly problem = computed(() => {
    const p = this.store.itemProblem();
    return p && p.id === this.item().id ? p.problem : null;
  });
  protected readonly lifeDomains = computed(() => {
    const labels = this.store.labels().lifeDomains;
    return this.item()
      .lifeDomains.map((c) => labels.get(c) ?? c)
      .join(', ');
  });
  protected readonly wijk = computed(() => {
    const w = this.item().wijk;
    return w ? (this.store.labels().wijken.get(w) ?? w) : null;
  });
  protected readonly inputLine = computed(() => {
    const l = this.item().inputLine;
    return l ? (this.store.labels().inputLines.get(l) ?? l) : null;
  });

  protected focused(): void {
    this.store.current.set(this.item().id);
  }

  protected approve(): void {
    void this.store.approve(this.item());
  }

  protected openReject(): void {
    this.store.editing.set(null);
    this.store.rejecting.set(this.item().id);
  }

  protected reject(choice: RejectChoice): void {
    void this.store.reject(this.item(), choice.reason, choice.note);
  }

  protected openRedact(): void {
    this.store.rejecting.set(null);
    this.store.editing.set(this.item().id);
  }

  protected redact(choice: RedactChoice): void {
    void (choice.approve
      ? this.store.approve(this.item(), choice.text)
      : this.store.redact(this.item(), choice.text));
  }

  /** Closing a form returns focus to the button that opened it. */
  protected closeForms(buttonSuffix: string): void {
    this.store.rejecting.set(null);
    this.store.editing.set(null);
    afterNextRender(() => document.getElementById(`${this.domId()}-${buttonSuffix}`)?.focus(), {
      injector: this.injector,
    });
  }

  protected toggleOriginal(): void {
    void this.store.toggleOriginal(this.item());
  }
}
