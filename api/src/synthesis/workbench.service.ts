import { Injectable, NotFoundException } from '@nestjs/common';
import type {
  ResearchQuestionLineage,
  SubmissionLineage,
  Theme,
  WorkbenchResponse,
  WorkbenchSubmission,
} from '@inbreng/contracts';
import { ClusteringRunRepository } from './clustering-run.repository';
import type { WorkbenchQueryDto } from './dto/synthesis.dto';
import { ResearchQuestionRepository } from './research-question.repository';
import { ResearchQuestionsService } from './research-questions.service';
import { SynthesisContext } from './synthesis-context';
import { toClusteringRun, toWorkbenchSubmission } from './synthesis.mapper';
import type { ThemeEntity } from './theme.entity';
import { WorkbenchRepository, type WorkbenchRow } from './workbench.repository';

/** Read side of the synthesis workbench and the lineage views. */
@Injectable()
export class WorkbenchService {
  constructor(
    private readonly ctx: SynthesisContext,
    private readonly workbench: WorkbenchRepository,
    private readonly runs: ClusteringRunRepository,
    private readonly questionRepo: ResearchQuestionRepository,
    private readonly questions: ResearchQuestionsService,
  ) {}

  async get(workspaceId: string, roundId: string, q: WorkbenchQueryDto): Promise<WorkbenchResponse> {
    const round = await this.ctx.requireRound(workspaceId, roundId, false);
    const pageSize = q.pageSize ?? 200;
    const page = q.page ?? 1;
    const [themes, list, lastRun] = await Promise.all([
      this.ctx.themes.listForRound(workspaceId, roundId),
      this.workbench.list(workspaceId, roundId, q, pageSize, (page - 1) * pageSize),
      this.runs.latest(workspaceId, roundId),
    ]);
    const submissions = await this.submissionViews(list.rows);
    const shown = new Set(list.rows.map((r) => r.submission.id));
    const decidedDuplicates = new Set(list.rows.filter((r) => r.duplicateOfId).map((r) => r.submission.id));
    return {
      roundId,
      frameworkCode: round.themeFramework,
      themes: await this.ctx.themeViews(themes.filter((t) => t.status !== 'rejected')),
      submissions,
      total: list.total,
      lastRun: lastRun ? toClusteringRun(lastRun) : null,
      nearDuplicates: (lastRun?.nearDuplicates ?? []).filter(
        (p) => shown.has(p.id) && !decidedDuplicates.has(p.id),
      ),
    };
  }

  async runStatus(workspaceId: string, roundId: string, runId: string) {
    await this.ctx.requireRound(workspaceId, roundId, false);
    const run = await this.runs.findInRound(workspaceId, roundId, runId);
    if (!run) throw new NotFoundException(`No clustering run ${runId} in this round.`);
    return toClusteringRun(run);
  }

  /** A research question, its themes, and the redacted submissions behind each theme with their groups. */
  async questionLineage(workspaceId: string, roundId: string, id: string): Promise<ResearchQuestionLineage> {
    const researchQuestion = await this.questions.get(workspaceId, roundId, id);
    const themes = await this.ctx.themes.findManyInRound(workspaceId, roundId, researchQuestion.themeIds);
    const views = await this.ctx.themeViews(themes);
    const members = await this.workbench.acceptedForThemes(themes.map((t) => t.id));
    const rows = [...members.values()].flat();
    const subViews = new Map((await this.submissionViews(rows)).map((s) => [s.id, s]));
    return {
      researchQuestion,
      themes: views.map((theme) => ({
        theme,
        submissions: (members.get(theme.id) ?? [])
          .map((r) => subViews.get(r.submission.id))
          .filter((s): s is WorkbenchSubmission => s !== undefined),
      })),
    };
  }

  /** A submission, the themes it went into (following merges) and the research questions those fed. */
  async submissionLineage(workspaceId: string, id: string): Promise<SubmissionLineage> {
    const row = await this.workbench.findInWorkspace(workspaceId, id);
    if (!row) throw new NotFoundException(`No submission ${id} in this workspace.`);
    const [submission] = await this.submissionViews([row]);
    const accepted = (submission as WorkbenchSubmission).themes
      .filter((l) => l.status === 'accepted')
      .map((l) => l.themeId);
    const themes = await this.followMerges(accepted);
    const questionIds = await this.questionRepo.idsForThemes(themes.map((t) => t.id));
    const questions = (await this.questionRepo.findMany(questionIds)).filter((q) => q.status !== 'merged');
    return {
      submission: submission as WorkbenchSubmission,
      themes: await this.ctx.themeViews(themes),
      researchQuestions: await this.questions.views(questions),
    };
  }

  /** Themes by id, plus whatever they were merged into (transitively), without repeats. */
  private async followMerges(ids: string[]): Promise<ThemeEntity[]> {
    const seen = new Map<string, ThemeEntity>();
    let next = ids;
    while (next.length) {
      const found = await this.ctx.themes.findMany(next.filter((id) => !seen.has(id)));
      for (const t of found) seen.set(t.id, t);
      next = found.map((t) => t.mergedIntoId).filter((id): id is string => !!id && !seen.has(id));
    }
    return [...seen.values()].filter((t) => t.status !== 'rejected');
  }

  private async submissionViews(rows: WorkbenchRow[]): Promise<WorkbenchSubmission[]> {
    const links = await this.ctx.themes.linksForSubmissions(rows.map((r) => r.submission.id));
    return rows.map((r) => toWorkbenchSubmission(r, links));
  }

  themeViews(themes: ThemeEntity[]): Promise<Theme[]> {
    return this.ctx.themeViews(themes);
  }
}
