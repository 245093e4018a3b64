import { DestroyRef, Injectable, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import type {
  AssignRequest,
  ClusteringRun,
  StaffRoundResponse,
  Theme,
  WorkbenchResponse,
  WorkbenchSubmission,
} from '@inbreng/contracts';
import { Observable, firstValueFrom } from 'rxjs';
import { ApiProblem, toApiProblem } from '../shared/api-problem';
import type { Result } from '../shared/result';
import { Announcer } from './announcer';
import { SynthesisApi, WorkbenchQuery } from './synthesis.api';
import { isRunActive, partitionThemes, pollDelay, replaceSubmission } from './workbench-logic';

export const submissionDomId = (id: string) => `wb-sub-${id}`;
export const themeDomId = (id: string) => `wb-theme-${id}`;

/** A failed write, ready to show. `stale`: someone else changed it first; fresh data was loaded. */
export interface ActionProblem extends ApiProblem {
  stale: boolean;
}

/** State of one workbench view: themes, the filtered submissions, selections, the clustering run, announcements. */
@Injectable()
export class WorkbenchStore {
  private readonly api = inject(SynthesisApi);
  private readonly injector = inject(Injector);
  readonly announcer = inject(Announcer);

  readonly round = signal<StaffRoundResponse | null>(null);
  readonly data = signal<WorkbenchResponse | null>(null);
  readonly submissions = signal<WorkbenchSubmission[]>([]);
  readonly loading = signal(true);
  readonly loadProblem = signal<ApiProblem | null>(null);
  readonly actionProblem = signal<ActionProblem | null>(null);
  readonly busy = signal<string | null>(null);
  readonly selectedThemes = signal<ReadonlySet<string>>(new Set());
  /** Submission the moderator works on (last focused), for keyboard shortcuts. */
  readonly current = signal<string | null>(null);
  readonly run = signal<ClusteringRun | null>(null);

  readonly themes = computed(() => this.data()?.themes ?? []);
  readonly themesById = computed(() => new Map(this.themes().map((t) => [t.id, t])));
  readonly partition = computed(() => partitionThemes(this.themes()));
  /** Themes one can still work with (filter, assign): merged and rejected ones are history. */
  readonly liveThemes = computed(() => [...this.partition().active, ...this.partition().suggested]);
  readonly total = computed(() => this.data()?.total ?? 0);
  readonly frameworkCode = computed(() => this.data()?.frameworkCode ?? null);
  readonly nearDuplicates = computed(() => {
    const map = new Map<string, { duplicateOfId: string; similarity: number }>();
    for (const d of this.data()?.nearDuplicates ?? []) map.set(d.id, d);
    return map;
  });
  readonly labels = computed(() => {
    const r = this.round();
    const map = (list: Array<{ code: string; label: string }> | undefined) =>
      new Map((list ?? []).map((o) => [o.code, o.label]));
    return { lifeDomains: map(r?.lifeDomains), wijken: map(r?.wijken), inputLines: map(r?.inputLines) };
  });

  private workspaceId = '';
  private roundId = '';
  private query: WorkbenchQuery = {};
  private loadSeq = 0;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.pollTimer));
  }

  get ids(): { workspaceId: string; roundId: string } {
    return { workspaceId: this.workspaceId, roundId: this.roundId };
  }

  async load(workspaceId: string, roundId: string, query: WorkbenchQuery, quiet = false): Promise<void> {
    this.workspaceId = workspaceId;
    this.roundId = roundId;
    this.query = query;
    const seq = ++this.loadSeq;
    if (!quiet) this.loading.set(true);
    try {
      const res = await firstValueFrom(this.api.workbench(workspaceId, roundId, query));
      if (seq !== this.loadSeq) return; // a newer load won
      this.data.set(res);
      this.submissions.set(res.submissions);
      this.loadProblem.set(null);
      const known = new Set(
        res.themes.filter((t) => t.status === 'active' || t.status === 'suggested').map((t) => t.id),
      );
      this.selectedThemes.update((s) => new Set([...s].filter((id) => known.has(id))));
      if (!isRunActive(this.run())) this.run.set(res.lastRun);
      if (isRunActive(res.lastRun) && this.pollTimer === undefined) this.poll(res.lastRun.id, 0);
    } catch (err) {
      if (seq === this.loadSeq) this.loadProblem.set(toApiProblem(err));
    } finally {
      if (seq === this.loadSeq) this.loading.set(false);
    }
  }

  /** Fresh data after a write (counts and versions change server-side) without a loading flash. */
  refresh(): Promise<void> {
    return this.load(this.workspaceId, this.roundId, this.query, true);
  }

  // ---------- assignments ----------

  assign(
    submission: WorkbenchSubmission,
    theme: Theme,
    action: NonNullable<AssignRequest['action']> = 'accept',
  ) {
    const key = {
      accept: submission.themes.some((l) => l.themeId === theme.id && l.status === 'suggested')
        ? 'synthesis.announce.accepted'
        : 'synthesis.announce.assigned',
      reject: 'synthesis.announce.rejectedLink',
      remove: 'synthesis.announce.removed',
    }[action];
    return this.write(
      `sub-${submission.id}`,
      this.api.assign(this.workspaceId, this.roundId, {
        submissionId: submission.id,
        themeId: theme.id,
        action,
      }),
      (updated) => {
        this.submissions.update((list) => replaceSubmission(list, updated));
        this.announcer.announce(key, { theme: theme.name });
      },
    );
  }

  /** Accepts every open suggestion on one submission, one request per link. */
  async acceptAllSuggestions(submission: WorkbenchSubmission): Promise<void> {
    const suggested = submission.themes.filter((l) => l.status === 'suggested');
    if (!suggested.length) {
      this.announcer.announce('synthesis.announce.noSuggestions');
      return;
    }
    for (const link of suggested) {
      const theme = this.themesById().get(link.themeId);
      const latest = this.submissions().find((s) => s.id === submission.id) ?? submission;
      if (theme && !(await this.assign(latest, theme, 'accept'))) return;
    }
  }

  markDuplicate(submission: WorkbenchSubmission, duplicateOfId: string | null) {
    return this.write(
      `sub-${submission.id}`,
      this.api.markDuplicate(this.workspaceId, this.roundId, { submissionId: submission.id, duplicateOfId }),
      (updated) => {
        this.submissions.update((list) => replaceSubmission(list, updated));
        this.announcer.announce(
          duplicateOfId ? 'synthesis.announce.duplicate' : 'synthesis.announce.notDuplicate',
        );
      },
    );
  }

  // ---------- themes ----------

  createTheme(name: string, description: string) {
    return this.write(
      'create-theme',
      this.api.createTheme(this.workspaceId, this.roundId, { name, description }),
      (theme) => this.announcer.announce('synthesis.announce.created', { theme: theme.name }),
    );
  }

  updateTheme(theme: Theme, patch: { name?: string; description?: string; frameworkCode?: string | null }) {
    return this.write(
      `theme-${theme.id}`,
      this.api.updateTheme(this.workspaceId, this.roundId, theme.id, { version: theme.version, ...patch }),
      (updated) => this.announcer.announce('synthesis.announce.themeSaved', { theme: updated.name }),
    );
  }

  decideTheme(theme: Theme, decision: 'accept' | 'reject') {
    return this.write(
      `theme-${theme.id}`,
      this.api.decideTheme(this.workspaceId, this.roundId, theme.id, { version: theme.version, decision }),
      () =>
        this.announcer.announce(
          decision === 'accept' ? 'synthesis.announce.themeAccepted' : 'synthesis.announce.themeRejected',
          { theme: theme.name },
        ),
    );
  }

  mergeThemes(target: Theme, sources: Theme[]) {
    return this.write(
      'merge',
      this.api.mergeThemes(this.workspaceId, this.roundId, target.id, {
        version: target.version,
        sourceIds: sources.map((s) => s.id),
      }),
      (merged) => {
        this.selectedThemes.set(new Set());
        this.announcer.announce('synthesis.announce.merged', {
          theme: merged.name,
          count: sources.length + 1,
        });
        this.focus(themeDomId(merged.id));
      },
    );
  }

  splitTheme(theme: Theme, name: string, description: string, submissionIds: string[]) {
    return this.write(
      `theme-${theme.id}`,
      this.api.splitTheme(this.workspaceId, this.roundId, theme.id, {
        version: theme.version,
        name,
        ...(description ? { description } : {}),
        submissionIds,
      }),
      (res) => {
        this.announcer.announceCount('synthesis.announce.split', submissionIds.length, {
          theme: res.source.name,
          created: res.created.name,
        });
        this.focus(themeDomId(res.created.id));
      },
    );
  }

  /** The accepted submissions of one theme (for the split dialog); up to 200, a theme rarely holds more. */
  async themeSubmissions(theme: Theme): Promise<Result<WorkbenchSubmission[]>> {
    try {
      const res = await firstValueFrom(
        this.api.workbench(this.workspaceId, this.roundId, { theme: theme.id, page: 1, pageSize: 200 }),
      );
      const accepted = res.submissions.filter((s) =>
        s.themes.some((l) => l.themeId === theme.id && l.status === 'accepted'),
      );
      return { ok: true, value: accepted };
    } catch (err) {
      return { ok: false, problem: toApiProblem(err) };
    }
  }

  setFramework(frameworkCode: string | null) {
    return this.write('framework', this.api.setFramework(this.workspaceId, this.roundId, frameworkCode), () =>
      this.announcer.announce(
        frameworkCode ? 'synthesis.announce.frameworkSet' : 'synthesis.announce.frameworkCleared',
      ),
    );
  }

  toggleTheme(id: string): void {
    this.selectedThemes.update((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  // ---------- undo ----------

  undo() {
    return this.write('undo', this.api.undo(this.workspaceId, this.roundId), (res) =>
      this.announcer.announce(res.undone ? 'synthesis.announce.undone' : 'synthesis.announce.nothingToUndo', {
        what: res.undone ? this.undoneLabel(res.undone) : '',
      }),
    );
  }

  /** `theme.merge` → "samenvoegen van thema's"; an action kind we do not know is shown as it is. */
  private undoneLabel(kind: string): string {
    const key = `synthesis.undoKinds.${kind.replace(/\W/g, '_')}`;
    const label = this.announcer.instant(key);
    return label === key ? kind : label;
  }

  // ---------- clustering ----------

  async startClustering(k: number | null): Promise<boolean> {
    this.busy.set('clustering');
    this.actionProblem.set(null);
    try {
      const run = await firstValueFrom(
        this.api.startClustering(this.workspaceId, this.roundId, k === null ? {} : { k }),
      );
      this.run.set(run);
      this.announcer.announce('synthesis.run.started');
      clearTimeout(this.pollTimer);
      this.pollTimer = undefined;
      if (isRunActive(run)) this.poll(run.id, 0);
      else await this.finishRun(run);
      return true;
    } catch (err) {
      this.actionProblem.set({ ...toApiProblem(err), stale: false });
      return false;
    } finally {
      this.busy.set(null);
    }
  }

  private poll(runId: string, attempt: number): void {
    this.pollTimer = setTimeout(() => {
      firstValueFrom(this.api.clusteringRun(this.workspaceId, this.roundId, runId)).then(
        (run) => {
          this.run.set(run);
          if (isRunActive(run)) this.poll(runId, attempt + 1);
          else {
            this.pollTimer = undefined;
            void this.finishRun(run);
          }
        },
        // A lost poll is retried later; the run itself goes on on the server.
        () => this.poll(runId, attempt + 1),
      );
    }, pollDelay(attempt));
  }

  private async finishRun(run: ClusteringRun): Promise<void> {
    await this.refresh();
    if (run.status === 'done') {
      this.announcer.announceCount('synthesis.run.done', this.partition().suggested.length);
    } else {
      this.announcer.announce('synthesis.run.failed');
    }
  }

  // ---------- focus ----------

  focus(domId: string): void {
    afterNextRender(() => document.getElementById(domId)?.focus({ preventScroll: false }), {
      injector: this.injector,
    });
  }

  focusSubmission(id: string): void {
    this.current.set(id);
    this.focus(submissionDomId(id));
  }

  /**
   * One write: marks `busyKey` busy, runs `done` with the answer, then fetches fresh counts and versions.
   * A 409 means the data changed under us: say so plainly, and reload so the next try works on fresh data.
   */
  private async write<T>(
    busyKey: string,
    request: Observable<T>,
    done: (value: T) => void,
  ): Promise<boolean> {
    this.busy.set(busyKey);
    this.actionProblem.set(null);
    try {
      const value = await firstValueFrom(request);
      done(value);
      await this.refresh();
      return true;
    } catch (err) {
      const problem = toApiProblem(err);
      const stale = problem.status === 409;
      this.actionProblem.set({ ...problem, key: stale ? 'synthesis.stale' : problem.key, stale });
      if (stale) await this.refresh();
      this.focus('wb-problem');
      return false;
    } finally {
      this.busy.set(null);
    }
  }
}
