import { Injectable, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import type {
  ModerationDecision,
  ModerationItem,
  ModerationQueueQuery,
  RejectionReason,
  StaffRoundResponse,
  SubmissionStatus,
} from '@inbreng/contracts';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ApiProblem, toApiProblem } from '../shared/api-problem';
import { ModerationApi } from '../shared/moderation.api';

const SHORTCUTS_KEY = 'inbreng.shortcuts';
export const itemDomId = (id: string) => `mod-item-${id}`;

/** The moderation queue of one page view: items, selection, open forms, and what to announce. */
@Injectable()
export class ModerationQueueStore {
  private readonly api = inject(ModerationApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);

  readonly round = signal<StaffRoundResponse | null>(null);
  readonly items = signal<ModerationItem[]>([]);
  readonly total = signal(0);
  readonly urgentPending = signal(0);
  readonly loading = signal(true);
  readonly loadProblem = signal<ApiProblem | null>(null);
  readonly selected = signal<ReadonlySet<string>>(new Set());
  readonly originals = signal<ReadonlyMap<string, string>>(new Map());
  readonly showingOriginal = signal<ReadonlySet<string>>(new Set());
  readonly rejecting = signal<string | null>(null);
  readonly editing = signal<string | null>(null);
  readonly busy = signal<string | null>(null);
  readonly itemProblem = signal<{ id: string; problem: ApiProblem } | null>(null);
  readonly announcement = signal('');
  /** Id of the item the moderator is working on (last focused). */
  readonly current = signal<string | null>(null);
  readonly shortcutsOn = signal(readShortcutSetting());

  readonly labels = computed(() => {
    const r = this.round();
    const map = (list: Array<{ code: string; label: string }> | undefined) =>
      new Map((list ?? []).map((o) => [o.code, o.label]));
    return { lifeDomains: map(r?.lifeDomains), wijken: map(r?.wijken), inputLines: map(r?.inputLines) };
  });

  private workspaceId = '';
  private roundId = '';
  private query: ModerationQueueQuery = {};
  private loadSeq = 0;

  async load(workspaceId: string, roundId: string, query: ModerationQueueQuery): Promise<void> {
    this.workspaceId = workspaceId;
    this.roundId = roundId;
    this.query = query;
    const seq = ++this.loadSeq;
    this.loading.set(true);
    try {
      const res = await firstValueFrom(this.api.queue(workspaceId, roundId, query));
      if (seq !== this.loadSeq) return; // a newer filter won
      this.items.set(res.items);
      this.total.set(res.total);
      this.urgentPending.set(res.urgentPending);
      this.loadProblem.set(null);
      this.selected.set(new Set());
      this.rejecting.set(null);
      this.editing.set(null);
    } catch (err) {
      if (seq === this.loadSeq) this.loadProblem.set(toApiProblem(err));
    } finally {
      if (seq === this.loadSeq) this.loading.set(false);
    }
  }

  reload(): Promise<void> {
    return this.load(this.workspaceId, this.roundId, this.query);
  }

  approve(item: ModerationItem, redactedText?: string): Promise<boolean> {
    const decision: ModerationDecision =
      redactedText === undefined ? { action: 'approve' } : { action: 'approve', redactedText };
    return this.decide(item, decision, 'moderation.announce.approved');
  }

  reject(item: ModerationItem, reason: RejectionReason, note: string): Promise<boolean> {
    const decision: ModerationDecision = note
      ? { action: 'reject', reason, note }
      : { action: 'reject', reason };
    return this.decide(item, decision, 'moderation.announce.rejected');
  }

  redact(item: ModerationItem, redactedText: string): Promise<boolean> {
    return this.decide(item, { action: 'redact', redactedText }, 'moderation.announce.redacted');
  }

  async toggleOriginal(item: ModerationItem): Promise<void> {
    const shown = new Set(this.showingOriginal());
    if (shown.delete(item.id)) {
      this.showingOriginal.set(shown);
      return;
    }
    if (!this.originals().has(item.id)) {
      try {
        const res = await firstValueFrom(this.api.original(this.workspaceId, item.id));
        this.originals.update((m) => new Map(m).set(item.id, res.originalText));
      } catch (err) {
        this.itemProblem.set({ id: item.id, problem: toApiProblem(err) });
        return;
      }
    }
    this.showingOriginal.update((s) => new Set(s).add(item.id));
  }

  toggleSelected(id: string): void {
    this.selected.update((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  selectAll(on: boolean): void {
    this.selected.set(new Set(on ? this.items().map((i) => i.id) : []));
  }

  async bulkApprove(): Promise<void> {
    const ids = [...this.selected()];
    if (!ids.length) return;
    this.busy.set('bulk');
    try {
      const res = await firstValueFrom(this.api.bulkApprove(this.workspaceId, this.roundId, ids));
      const approved = new Set(res.approved);
      const wasApproved = (i: ModerationItem) => approved.has(i.id);
      if (this.query.status !== 'approved') {
        this.items.update((list) => list.filter((i) => !wasApproved(i)));
        this.total.update((t) => Math.max(0, t - approved.size));
      }
      this.selected.set(new Set(res.skipped.map((s) => s.id)));
      const urgentSkipped = res.skipped.filter((s) => s.reason.startsWith('urgent')).length;
      this.announce('moderation.announce.bulk', {
        approved: approved.size,
        skipped: res.skipped.length,
        urgent: urgentSkipped,
      });
      if (!this.items().length && this.total() > 0) await this.reload();
    } catch (err) {
      this.announce(toApiProblem(err).key);
    } finally {
      this.busy.set(null);
    }
  }

  setShortcuts(on: boolean): void {
    this.shortcutsOn.set(on);
    try {
      localStorage.setItem(SHORTCUTS_KEY, on ? 'on' : 'off');
    } catch {
      // not remembering the choice is acceptable
    }
  }

  announce(key: string, params?: Record<string, string | number>): void {
    const text = this.translate.instant(key, params) as string;
    // Clear first so the same sentence twice in a row is announced twice.
    this.announcement.set('');
    setTimeout(() => this.announcement.set(text), 50);
  }

  focusItem(id: string | null): void {
    this.current.set(id);
    afterNextRender(
      () => document.getElementById(id ? itemDomId(id) : 'queue-heading')?.focus({ preventScroll: false }),
      { injector: this.injector },
    );
  }

  private async decide(
    item: ModerationItem,
    decision: ModerationDecision,
    doneKey: string,
  ): Promise<boolean> {
    this.busy.set(item.id);
    this.itemProblem.set(null);
    try {
      const updated = await firstValueFrom(this.api.decide(this.workspaceId, item.id, decision));
      this.rejecting.set(null);
      this.editing.set(null);
      if (item.urgent && item.status === 'pending' && updated.status !== 'pending') {
        this.urgentPending.update((n) => Math.max(0, n - 1));
      }
      const index = this.items().findIndex((i) => i.id === item.id);
      if (this.leavesView(updated.status)) {
        const rest = this.items().filter((i) => i.id !== item.id);
        this.items.set(rest);
        this.total.update((t) => Math.max(0, t - 1));
        this.selected.update((s) => new Set([...s].filter((id) => id !== item.id)));
        this.announce(doneKey, { left: this.total() });
        const next = rest[index] ?? rest[index - 1] ?? null;
        if (!rest.length && this.total() > 0) await this.reload();
        this.focusItem(next?.id ?? this.items()[0]?.id ?? null);
      } else {
        this.items.update((list) => list.map((i) => (i.id === item.id ? updated : i)));
        this.announce(doneKey, { left: this.total() });
        this.focusItem(item.id);
      }
      return true;
    } catch (err) {
      this.itemProblem.set({ id: item.id, problem: toApiProblem(err) });
      return false;
    } finally {
      this.busy.set(null);
    }
  }

  /** A decided item leaves the list when it no longer matches the status filter. */
  private leavesView(status: SubmissionStatus): boolean {
    return (this.query.status ?? 'pending') !== status;
  }
}

function readShortcutSetting(): boolean {
  try {
    return localStorage.getItem(SHORTCUTS_KEY) !== 'off';
  } catch {
    return true;
  }
}
