import type { ClusteringRun, Theme, ThemeLink, WorkbenchSubmission } from '@inbreng/contracts';
import type { ClusteringRunEntity } from './clustering-run.entity';
import type { ThemeAssignmentEntity, ThemeEntity } from './theme.entity';
import type { HistoryRow, ThemeCounts } from './theme.repository';
import type { WorkbenchRow } from './workbench.repository';

const NO_COUNTS: ThemeCounts = {
  submissionCount: 0,
  suggestedCount: 0,
  byGroup: {},
  byKnowledgeType: {},
  suggested: { byGroup: {}, byKnowledgeType: {} },
};

export function toTheme(t: ThemeEntity, counts: ThemeCounts | undefined, history: HistoryRow[]): Theme {
  const c = counts ?? NO_COUNTS;
  return {
    id: t.id,
    roundId: t.roundId,
    name: t.name,
    description: t.description,
    status: t.status,
    frameworkCode: t.frameworkCode,
    keywords: t.keywords,
    submissionCount: c.submissionCount,
    suggestedCount: c.suggestedCount,
    counts: { byGroup: c.byGroup, byKnowledgeType: c.byKnowledgeType },
    suggestedCounts: { byGroup: c.suggested.byGroup, byKnowledgeType: c.suggested.byKnowledgeType },
    history: history
      .filter((h) => h.themeId === t.id)
      .map((h) => ({
        relation: h.relation,
        themeId: h.parentId,
        themeName: h.parentName,
        at: h.createdAt.toISOString(),
      })),
    mergedIntoId: t.mergedIntoId,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

/** Redacted text only: the workbench never shows originals. */
export function toWorkbenchSubmission(
  row: WorkbenchRow,
  links: ThemeAssignmentEntity[],
): WorkbenchSubmission {
  const s = row.submission;
  return {
    id: s.id,
    kind: s.kind,
    text: s.redactedText,
    group: s.group,
    ageBand: s.ageBand,
    knowledgeType: s.knowledgeType,
    lifeDomains: s.lifeDomains,
    wijk: s.wijk,
    inputLine: s.inputLine,
    source:
      s.sourceQuestionnaireId && s.sourceQuestionKey
        ? { questionnaireId: s.sourceQuestionnaireId, questionKey: s.sourceQuestionKey }
        : null,
    duplicateOfId: row.duplicateOfId,
    themes: links
      .filter((l) => l.submissionId === s.id)
      .map((l): ThemeLink => ({ themeId: l.themeId, status: l.status, score: l.score })),
    createdAt: s.createdAt.toISOString(),
  };
}

export function toClusteringRun(r: ClusteringRunEntity): ClusteringRun {
  return {
    id: r.id,
    status: r.status,
    progress: r.progress,
    requestedK: r.requestedK,
    k: r.k,
    method: r.method,
    documentCount: r.documentCount,
    error: r.error,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}
