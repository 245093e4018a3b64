import { Injectable, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import type { Message } from '../../shared/form-problem';
import { type BuilderDraft, emptyDraft } from './builder.model';
import { numberedQuestions, validateDraft } from './builder.validation';

/**
 * The builder's state, shared by the page and its editors (provided per page): the draft, its
 * problems (shown after the first save attempt), one polite announcement for changes a screen reader
 * would otherwise miss (moves, copies, removals), and focus moves after the DOM has caught up.
 */
@Injectable()
export class BuilderStore {
  private readonly injector = inject(Injector);
  readonly draft = signal<BuilderDraft>(emptyDraft());
  readonly showErrors = signal(false);
  readonly announcement = signal<Message | null>(null);
  /** Question cards shown as their heading only (easier to drag and to get an overview). */
  readonly collapsed = signal<ReadonlySet<string>>(new Set());
  readonly problems = computed(() => validateDraft(this.draft()));
  readonly numbers = computed(
    () => new Map(numberedQuestions(this.draft()).map((nq) => [nq.question.uid, nq.number])),
  );
  private readonly errorById = computed(() => {
    const map = new Map<string, Message>();
    if (!this.showErrors()) return map;
    for (const p of this.problems()) if (!map.has(p.target)) map.set(p.target, p.message);
    return map;
  });

  apply(edit: (draft: BuilderDraft) => BuilderDraft | null): boolean {
    const next = edit(this.draft());
    if (!next) return false;
    this.draft.set(next);
    return true;
  }

  toggleCollapsed(uid: string): void {
    this.collapsed.update((set) => {
      const next = new Set(set);
      if (next.has(uid)) next.delete(uid);
      else next.add(uid);
      return next;
    });
  }

  /** Collapses every question card, or (with false) opens them all, e.g. to show problems. */
  collapseAll(collapse: boolean): void {
    const all = this.draft().sections.flatMap((s) => s.questions.map((q) => q.uid));
    this.collapsed.set(new Set(collapse ? all : []));
  }

  error(id: string): Message | null {
    return this.errorById().get(id) ?? null;
  }

  /** aria-describedby for a field: its hint (when given) and its error (when there is one). */
  describedBy(id: string, hint = false): string | null {
    const ids = [hint ? `${id}-hint` : null, this.error(id) ? `${id}-error` : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }

  announce(message: Message): void {
    // Cleared first so the same message twice in a row is read again.
    this.announcement.set(null);
    afterNextRender(() => this.announcement.set(message), { injector: this.injector });
  }

  /** Focuses the element with this id once the view shows it. */
  focus(id: string): void {
    afterNextRender(
      () => {
        const el = document.getElementById(id);
        el?.focus();
        el?.scrollIntoView({ block: 'nearest' });
      },
      { injector: this.injector },
    );
  }
}
