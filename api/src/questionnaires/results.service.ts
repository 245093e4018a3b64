import { Injectable, NotFoundException } from '@nestjs/common';
import type {
  OpenAnswerOriginal,
  OpenAnswersPage,
  QuestionnaireResults,
  ResultsFilter,
} from '@inbreng/contracts';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../common/request-user';
import type { OpenAnswersQueryDto } from './dto/results.dto';
import type { QuestionnaireEntity } from './entities/questionnaire.entity';
import { mergeVersions, type MergedQuestion } from './merge-versions';
import { QuestionnaireRepository } from './questionnaire.repository';
import { buildQuestionResults } from './results-builder';
import { ResultsRepository, type ResponseFilter } from './results.repository';

const NOT_FOUND = 'No such questionnaire in this workspace.';

/** What a result, list or export is about: the questionnaire, its filter in SQL terms and its questions. */
export interface ResultsScope {
  questionnaire: QuestionnaireEntity;
  filter: ResponseFilter;
  questions: MergedQuestion[];
}

/** Results per question, computed by PostgreSQL, with small-number protection. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly results: ResultsRepository,
    private readonly audit: AuditService,
  ) {}

  async forQuestionnaire(workspaceId: string, id: string, f: ResultsFilter): Promise<QuestionnaireResults> {
    const scope = await this.scope(workspaceId, id, f);
    const min = scope.questionnaire.minGroupSize;
    const [respondents, groups] = await Promise.all([
      this.results.countRespondents(workspaceId, id, scope.filter),
      this.results.aggregate(workspaceId, id, scope.filter),
    ]);
    const suppressed = respondents < min;
    return {
      questionnaireId: id,
      version: f.version ?? 'all',
      filter: f,
      respondents: suppressed ? 0 : respondents,
      minGroupSize: min,
      suppressed,
      questions: buildQuestionResults(scope.questions, groups, min, suppressed),
    };
  }

  /**
   * Open answers (redacted) with search and paging. With a filter that leaves fewer respondents than the
   * minimum group size nothing is listed, as texts in a small group point to people.
   */
  async openAnswers(workspaceId: string, id: string, q: OpenAnswersQueryDto): Promise<OpenAnswersPage> {
    const scope = await this.scope(workspaceId, id, q);
    const filtered = Boolean(q.group || q.ageBand || q.wijk);
    if (
      filtered &&
      (await this.results.countRespondents(workspaceId, id, scope.filter)) < scope.questionnaire.minGroupSize
    ) {
      return { items: [], total: 0, suppressed: true };
    }
    const { items, total } = await this.results.openAnswers(workspaceId, id, {
      ...scope.filter,
      questionKey: q.questionKey,
      search: q.search?.trim() || undefined,
      includeOther: q.includeOther ?? true,
      limit: q.limit ?? 50,
      offset: q.offset ?? 0,
    });
    return {
      total,
      suppressed: false,
      items: items.map((o) => ({
        responseId: o.responseId,
        questionKey: o.questionKey,
        source: o.source,
        text: o.redactedText,
        redacted: o.redacted,
        urgent: o.urgent,
        group: o.group,
        ageBand: o.ageBand,
        submittedAt: o.submittedAt.toISOString(),
        submissionId: o.submissionId,
      })),
    };
  }

  /** The unredacted text of one open answer; every look is written to the audit log. */
  async original(
    workspaceId: string,
    id: string,
    responseId: string,
    questionKey: string,
    source: 'answer' | 'other',
    actor: RequestUser,
  ): Promise<OpenAnswerOriginal> {
    await this.requireQuestionnaire(workspaceId, id);
    const found = await this.results.openAnswerOriginal(workspaceId, id, responseId, questionKey, source);
    if (!found) throw new NotFoundException('No such open answer in this questionnaire.');
    await this.audit.record({
      action: 'questionnaire.open_answer_original_viewed',
      subjectType: 'questionnaire_response',
      subjectId: responseId,
      workspaceId,
      actor,
      after: { questionnaireId: id, questionKey, source },
    });
    return { responseId, questionKey, source, ...found };
  }

  /** The questionnaire, the filter with the version resolved, and the questions of the versions in scope. */
  async scope(workspaceId: string, id: string, f: ResultsFilter): Promise<ResultsScope> {
    const questionnaire = await this.requireQuestionnaire(workspaceId, id);
    const versions = await this.questionnaires.listVersions(id);
    const inScope = f.version === undefined ? versions : versions.filter((v) => v.version === f.version);
    const picked = inScope[0];
    if (f.version !== undefined && !picked)
      throw new NotFoundException(`This questionnaire has no version ${f.version}.`);
    return {
      questionnaire,
      filter: {
        group: f.group,
        ageBand: f.ageBand,
        wijk: f.wijk,
        versionId: f.version !== undefined ? picked?.id : undefined,
      },
      questions: mergeVersions(inScope),
    };
  }

  private async requireQuestionnaire(workspaceId: string, id: string): Promise<QuestionnaireEntity> {
    const q = await this.questionnaires.findInWorkspace(workspaceId, id);
    if (!q) throw new NotFoundException(NOT_FOUND);
    return q;
  }
}
