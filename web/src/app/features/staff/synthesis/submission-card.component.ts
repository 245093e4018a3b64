import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { CdkDragHandle } from '@angular/cdk/drag-drop';
import { RouterLink } from '@angular/router';
import type { Theme, WorkbenchSubmission } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { assignableThemes, excerpt, shownLinks } from './workbench-logic';
import { WorkbenchStore, submissionDomId } from './workbench.store';

/** One approved submission (or open questionnaire answer) with its theme chips, assignment and duplicate mark. */
@Component({
  selector: 'app-submission-card',
  imports: [TranslatePipe, RouterLink, CdkDragHandle],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './submission-card.component.html',
  styleUrls: ['../shared/staff.css', './submission-card.component.css'],
})
export class SubmissionCardComponent {
  readonly submission = input.required<WorkbenchSubmission>();
  readonly position = input.required<number>();
  protected readonly store = inject(WorkbenchStore);

  protected readonly domId = computed(() => submissionDomId(this.submission().id));
  protected readonly busy = computed(() => this.store.busy() === `sub-${this.submission().id}`);
  protected readonly links = computed(() => shownLinks(this.submission(), this.store.themesById()));
  protected readonly assignable = computed(() =>
    assignableThemes(this.submission(), this.store.partition().active),
  );
  protected readonly assignTo = signal('');
  protected readonly assignError = signal(false);
  protected readonly duplicateOpen = signal(false);
  protected readonly duplicateOf = signal('');

  protected readonly facts = computed(() => {
    const s = this.submission();
    const labels = this.store.labels();
    return {
      lifeDomains: s.lifeDomains.map((c) => labels.lifeDomains.get(c) ?? c).join(', '),
      wijk: s.wijk ? (labels.wijken.get(s.wijk) ?? s.wijk) : null,
      inputLine: s.inputLine ? (labels.inputLines.get(s.inputLine) ?? s.inputLine) : null,
    };
  });
  /** Text of the submission this one duplicates, when it is on this page. */
  protected readonly duplicateText = computed(() => this.textOf(this.submission().duplicateOfId));
  protected readonly nearDuplicate = computed(() => {
    const s = this.submission();
    const near = this.store.nearDuplicates().get(s.id);
    if (!near || s.duplicateOfId) return null;
    return { ...near, pct: Math.round(near.similarity * 100), text: this.textOf(near.duplicateOfId) };
  });
  protected readonly otherSubmissions = computed(() =>
    this.store
      .submissions()
      .filter((s) => s.id !== this.submission().id)
      .map((s) => ({ id: s.id, label: excerpt(s.text, 70) })),
  );

  protected focused(): void {
    this.store.current.set(this.submission().id);
  }

  protected decideLink(theme: Theme | null, action: 'accept' | 'reject' | 'remove'): void {
    if (theme) void this.store.assign(this.submission(), theme, action);
  }

  protected async assign(event: Event): Promise<void> {
    event.preventDefault();
    const theme = this.store.themesById().get(this.assignTo());
    if (!theme) {
      this.assignError.set(true);
      this.store.focus(`${this.domId()}-assign`);
      return;
    }
    this.assignError.set(false);
    if (await this.store.assign(this.submission(), theme)) this.assignTo.set('');
  }

  protected openDuplicate(): void {
    this.duplicateOpen.set(!this.duplicateOpen());
    if (this.duplicateOpen()) this.store.focus(`${this.domId()}-dup-of`);
  }

  protected async markDuplicate(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.duplicateOf()) {
      this.store.focus(`${this.domId()}-dup-of`);
      return;
    }
    if (await this.store.markDuplicate(this.submission(), this.duplicateOf())) {
      this.duplicateOpen.set(false);
      this.store.focus(`${this.domId()}-dup-toggle`);
    }
  }

  protected confirmNear(duplicateOfId: string): void {
    void this.store.markDuplicate(this.submission(), duplicateOfId);
  }

  protected clearDuplicate(): void {
    void this.store.markDuplicate(this.submission(), null);
  }

  protected pct(score: number): number {
    return Math.round(score * 100);
  }

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  private textOf(id: string | null): string | null {
    if (!id) return null;
    const other = this.store.submissions().find((s) => s.id === id);
    return other ? excerpt(other.text, 90) : null;
  }
}
