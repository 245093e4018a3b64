import { ConflictException, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import type { ClusteringRun } from '@inbreng/contracts';
import { UNCLUSTERED_KEY, type ClusterResult } from '@inbreng/text-nl/cluster';
import type { EntityManager } from 'typeorm';
import { JobQueueService } from '../jobs/job-queue.service';
import { ClusterRunner } from './cluster-runner';
import { ClusteringRunRepository } from './clustering-run.repository';
import type { ClusteringRunEntity } from './clustering-run.entity';
import { SynthesisContext, type ChangeScope } from './synthesis-context';
import { toClusteringRun } from './synthesis.mapper';
import { WorkbenchRepository } from './workbench.repository';

export const CLUSTER_QUEUE = 'cluster-round';
/** A new cluster that mostly consists of a live theme's submissions feeds that theme instead of a new one. */
const OVERLAP_TO_REUSE = 0.5;

/**
 * Automatic theme suggestions. A run is a background job; its results are stored as suggestions only:
 * accepted and rejected decisions of moderators are never overwritten.
 */
@Injectable()
export class ClusteringService {
  private readonly logger = new Logger('Clustering');

  constructor(
    private readonly ctx: SynthesisContext,
    private readonly runs: ClusteringRunRepository,
    private readonly workbench: WorkbenchRepository,
    private readonly jobs: JobQueueService,
    private readonly runner: ClusterRunner,
  ) {
    jobs.register<{ runId: string }>(CLUSTER_QUEUE, (data) => this.work(data.runId));
  }

  async start(scope: ChangeScope, k: number | null): Promise<ClusteringRun> {
    await this.ctx.requireRound(scope.workspaceId, scope.roundId, true);
    const busy = await this.runs.active(scope.workspaceId, scope.roundId);
    if (busy)
      throw new ConflictException('Suggestions are already being made for this round; wait for that run.');
    const docs = await this.workbench.textsForClustering(scope.workspaceId, scope.roundId);
    if (docs.length < 2)
      throw new ConflictException('Approve at least two submissions before asking for theme suggestions.');
    const run = await this.ctx.themes.transaction(async (manager) => {
      const created = await this.runs.create(
        {
          workspaceId: scope.workspaceId,
          roundId: scope.roundId,
          requestedK: k,
          documentCount: docs.length,
          createdBy: scope.actor.id,
          status: 'queued',
        },
        manager,
      );
      await this.ctx.record(scope, manager, {
        action: 'clustering.started',
        subjectType: 'clustering_run',
        subjectId: created.id,
        after: { k, documents: docs.length },
      });
      return created;
    });
    try {
      await this.jobs.send(CLUSTER_QUEUE, { runId: run.id });
    } catch (err) {
      await this.runs.update(run.id, {
        status: 'failed',
        error: 'could not queue the job',
        finishedAt: new Date(),
      });
      this.logger.error(`queueing run ${run.id}: ${err instanceof Error ? err.message : String(err)}`);
      throw new ServiceUnavailableException('The job queue is not available; try again in a minute.');
    }
    return toClusteringRun(run);
  }

  /** The job: cluster (off the event loop), then store suggestions in one transaction. */
  async work(runId: string): Promise<void> {
    const run = await this.runs.findById(runId);
    if (!run || run.status === 'done') return;
    try {
      await this.runs.update(run.id, { status: 'running', progress: 10 });
      const docs = await this.workbench.textsForClustering(run.workspaceId, run.roundId);
      await this.runs.update(run.id, { progress: 20, documentCount: docs.length });
      // In a worker thread: seconds of CPU for large rounds must not hold up other requests.
      const result = await this.runner.run({
        docs,
        options: { k: run.requestedK ?? undefined, lang: 'nl', seed: 1, maxLabelsPerDoc: 2 },
      });
      await this.runs.update(run.id, { progress: 80 });
      await this.ctx.themes.transaction((manager) => this.store(run, result, manager));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.logger.error(`clustering run ${run.id} failed: ${message}`);
      await this.runs.update(run.id, {
        status: 'failed',
        error: message.slice(0, 500),
        finishedAt: new Date(),
      });
    }
  }

  private async store(
    run: ClusteringRunEntity,
    result: ClusterResult,
    manager: EntityManager,
  ): Promise<void> {
    const themes = this.ctx.themes;
    const all = await themes.listForRound(run.workspaceId, run.roundId, manager);
    // Earlier suggestions that nobody acted on make way for the new ones.
    const stale = all.filter((t) => t.status === 'suggested');
    const staleLinks = await themes.linksForThemes(
      stale.map((t) => t.id),
      ['accepted'],
      manager,
    );
    const touched = new Set(staleLinks.map((l) => l.themeId));
    await themes.delete(
      stale.filter((t) => !touched.has(t.id)).map((t) => t.id),
      manager,
    );
    await manager.query(
      `DELETE FROM theme_assignment ta USING theme t
        WHERE ta.theme_id = t.id AND t.round_id = $1 AND ta.status = 'suggested'`,
      [run.roundId],
    );
    const live = all.filter((t) => t.status === 'active');
    const members = new Map<string, Set<string>>();
    for (const l of await themes.linksForThemes(
      live.map((t) => t.id),
      ['accepted', 'rejected'],
      manager,
    )) {
      const set = members.get(l.themeId) ?? new Set<string>();
      set.add(`${l.status}:${l.submissionId}`);
      members.set(l.themeId, set);
    }
    const byCluster = new Map<string, { id: string; score: number }[]>();
    for (const a of result.assignments) {
      const list = byCluster.get(a.themeKey) ?? [];
      list.push({ id: a.id, score: a.score });
      byCluster.set(a.themeKey, list);
    }
    let created = 0;
    let fed = 0;
    for (const cluster of result.themes) {
      // texts with too few words to place are left for moderators, not bundled into a "theme"
      if (cluster.key === UNCLUSTERED_KEY) continue;
      const docs = byCluster.get(cluster.key) ?? [];
      if (!docs.length) continue;
      const reuse = live
        .map((t) => ({
          theme: t,
          overlap: docs.filter((d) => members.get(t.id)?.has(`accepted:${d.id}`)).length / docs.length,
        }))
        .sort((a, b) => b.overlap - a.overlap)[0];
      let themeId: string;
      if (reuse && reuse.overlap >= OVERLAP_TO_REUSE) {
        themeId = reuse.theme.id;
        fed += 1;
      } else {
        const theme = await themes.create(
          {
            workspaceId: run.workspaceId,
            roundId: run.roundId,
            name: cluster.label.slice(0, 200),
            description: '',
            status: 'suggested',
            keywords: cluster.keywords.slice(0, 12),
            runId: run.id,
          },
          manager,
        );
        themeId = theme.id;
        created += 1;
      }
      const decided = members.get(themeId);
      for (const d of docs) {
        if (decided?.has(`accepted:${d.id}`) || decided?.has(`rejected:${d.id}`)) continue;
        await themes.upsertLink(
          { themeId, submissionId: d.id, status: 'suggested', score: round3(d.score), decidedBy: null },
          manager,
        );
      }
    }
    await this.runs.update(
      run.id,
      {
        status: 'done',
        progress: 100,
        k: result.k,
        method: result.method.slice(0, 200),
        nearDuplicates: result.nearDuplicates.map((p) => ({ ...p, similarity: round3(p.similarity) })),
        finishedAt: new Date(),
      },
      manager,
    );
    this.logger.log(`run ${run.id}: ${created} new suggested themes, ${fed} fed into existing themes`);
  }
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
