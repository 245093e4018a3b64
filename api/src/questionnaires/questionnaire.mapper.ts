import type {
  PublicQuestionnaireResponse,
  PublicQuestionnaireSummary,
  QuestionnaireSummary,
  StaffQuestionnaireResponse,
} from '@inbreng/contracts';
import { countQuestions } from '@inbreng/questionnaire';
import type { QuestionnaireVersionEntity } from './entities/questionnaire-version.entity';
import type { QuestionnaireEntity } from './entities/questionnaire.entity';
import type { ResponseCounts } from './questionnaire.repository';

export function toQuestionnaireSummary(
  q: QuestionnaireEntity,
  counts: ResponseCounts | undefined,
): QuestionnaireSummary {
  return {
    id: q.id,
    roundId: q.roundId,
    title: q.title,
    audience: q.audience,
    status: q.status,
    version: q.currentVersion,
    responseCount: counts?.responseCount ?? 0,
    submittedCount: counts?.submittedCount ?? 0,
    updatedAt: q.updatedAt.toISOString(),
  };
}

export function toStaffQuestionnaire(
  q: QuestionnaireEntity,
  versions: QuestionnaireVersionEntity[],
  responsesPerVersion: Map<string, number>,
  counts: ResponseCounts | undefined,
): StaffQuestionnaireResponse {
  const current = versions.find((v) => v.version === q.currentVersion);
  return {
    ...toQuestionnaireSummary(q, counts),
    introduction: q.introduction,
    minGroupSize: q.minGroupSize,
    definition: current?.definition ?? { sections: [] },
    hasResponses: current ? (responsesPerVersion.get(current.id) ?? 0) > 0 : false,
    versions: versions.map((v) => ({
      version: v.version,
      createdAt: v.createdAt.toISOString(),
      responseCount: responsesPerVersion.get(v.id) ?? 0,
    })),
  };
}

export function toPublicQuestionnaireSummary(
  q: QuestionnaireEntity,
  current: QuestionnaireVersionEntity,
): PublicQuestionnaireSummary {
  return {
    id: q.id,
    title: q.title,
    introduction: q.introduction,
    audience: q.audience,
    questionCount: countQuestions(current.definition),
  };
}

export function toPublicQuestionnaire(
  q: QuestionnaireEntity,
  current: QuestionnaireVersionEntity,
  roundSlug: string,
  acceptingResponses: boolean,
): PublicQuestionnaireResponse {
  return {
    ...toPublicQuestionnaireSummary(q, current),
    roundSlug,
    version: current.version,
    definition: current.definition,
    acceptingResponses,
  };
}
