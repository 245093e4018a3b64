import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AssignRequest,
  ClusteringRun,
  CreateResearchQuestionRequest,
  CreateThemeRequest,
  DecideThemeRequest,
  MarkDuplicateRequest,
  MergeResearchQuestionsRequest,
  MergeThemesRequest,
  ResearchQuestion,
  ResearchQuestionLineage,
  SplitResearchQuestionRequest,
  SplitThemeRequest,
  StartClusteringRequest,
  SubmissionLineage,
  Theme,
  UndoResponse,
  UpdateResearchQuestionRequest,
  UpdateThemeRequest,
  WorkbenchFilter,
  WorkbenchResponse,
  WorkbenchSubmission,
} from '@inbreng/contracts';
import { Observable } from 'rxjs';

const ws = (workspaceId: string) => `/api/staff/workspaces/${encodeURIComponent(workspaceId)}`;
const round = (workspaceId: string, roundId: string) =>
  `${ws(workspaceId)}/rounds/${encodeURIComponent(roundId)}`;
const id = (value: string) => encodeURIComponent(value);

export type WorkbenchQuery = WorkbenchFilter & { page?: number; pageSize?: number };

/** The synthesis workbench, themes, clustering runs, research questions and lineage (moderator and admin). */
@Injectable({ providedIn: 'root' })
export class SynthesisApi {
  private readonly http = inject(HttpClient);

  workbench(workspaceId: string, roundId: string, query: WorkbenchQuery): Observable<WorkbenchResponse> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query) as Array<[string, string | number | undefined]>) {
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<WorkbenchResponse>(`${round(workspaceId, roundId)}/workbench`, { params });
  }

  startClustering(
    workspaceId: string,
    roundId: string,
    body: StartClusteringRequest,
  ): Observable<ClusteringRun> {
    return this.http.post<ClusteringRun>(`${round(workspaceId, roundId)}/clustering-runs`, body);
  }

  clusteringRun(workspaceId: string, roundId: string, runId: string): Observable<ClusteringRun> {
    return this.http.get<ClusteringRun>(`${round(workspaceId, roundId)}/clustering-runs/${id(runId)}`);
  }

  setFramework(workspaceId: string, roundId: string, frameworkCode: string | null): Observable<unknown> {
    return this.http.put(`${round(workspaceId, roundId)}/theme-framework`, { frameworkCode });
  }

  createTheme(workspaceId: string, roundId: string, body: CreateThemeRequest): Observable<Theme> {
    return this.http.post<Theme>(`${round(workspaceId, roundId)}/themes`, body);
  }

  updateTheme(
    workspaceId: string,
    roundId: string,
    themeId: string,
    body: UpdateThemeRequest,
  ): Observable<Theme> {
    return this.http.patch<Theme>(`${round(workspaceId, roundId)}/themes/${id(themeId)}`, body);
  }

  decideTheme(
    workspaceId: string,
    roundId: string,
    themeId: string,
    body: DecideThemeRequest,
  ): Observable<Theme> {
    return this.http.post<Theme>(`${round(workspaceId, roundId)}/themes/${id(themeId)}/decision`, body);
  }

  mergeThemes(
    workspaceId: string,
    roundId: string,
    targetId: string,
    body: MergeThemesRequest,
  ): Observable<Theme> {
    return this.http.post<Theme>(`${round(workspaceId, roundId)}/themes/${id(targetId)}/merge`, body);
  }

  splitTheme(
    workspaceId: string,
    roundId: string,
    themeId: string,
    body: SplitThemeRequest,
  ): Observable<{ source: Theme; created: Theme }> {
    return this.http.post<{ source: Theme; created: Theme }>(
      `${round(workspaceId, roundId)}/themes/${id(themeId)}/split`,
      body,
    );
  }

  assign(workspaceId: string, roundId: string, body: AssignRequest): Observable<WorkbenchSubmission> {
    return this.http.post<WorkbenchSubmission>(`${round(workspaceId, roundId)}/assignments`, body);
  }

  markDuplicate(
    workspaceId: string,
    roundId: string,
    body: MarkDuplicateRequest,
  ): Observable<WorkbenchSubmission> {
    return this.http.post<WorkbenchSubmission>(`${round(workspaceId, roundId)}/duplicates`, body);
  }

  undo(workspaceId: string, roundId: string): Observable<UndoResponse> {
    return this.http.post<UndoResponse>(`${round(workspaceId, roundId)}/undo`, {});
  }

  researchQuestions(workspaceId: string, roundId: string): Observable<ResearchQuestion[]> {
    return this.http.get<ResearchQuestion[]>(`${round(workspaceId, roundId)}/research-questions`);
  }

  researchQuestion(workspaceId: string, roundId: string, questionId: string): Observable<ResearchQuestion> {
    return this.http.get<ResearchQuestion>(
      `${round(workspaceId, roundId)}/research-questions/${id(questionId)}`,
    );
  }

  createResearchQuestion(
    workspaceId: string,
    roundId: string,
    body: CreateResearchQuestionRequest,
  ): Observable<ResearchQuestion> {
    return this.http.post<ResearchQuestion>(`${round(workspaceId, roundId)}/research-questions`, body);
  }

  updateResearchQuestion(
    workspaceId: string,
    roundId: string,
    questionId: string,
    body: UpdateResearchQuestionRequest,
  ): Observable<ResearchQuestion> {
    return this.http.patch<ResearchQuestion>(
      `${round(workspaceId, roundId)}/research-questions/${id(questionId)}`,
      body,
    );
  }

  mergeResearchQuestions(
    workspaceId: string,
    roundId: string,
    targetId: string,
    body: MergeResearchQuestionsRequest,
  ): Observable<ResearchQuestion> {
    return this.http.post<ResearchQuestion>(
      `${round(workspaceId, roundId)}/research-questions/${id(targetId)}/merge`,
      body,
    );
  }

  splitResearchQuestion(
    workspaceId: string,
    roundId: string,
    questionId: string,
    body: SplitResearchQuestionRequest,
  ): Observable<{ source: ResearchQuestion; created: ResearchQuestion }> {
    return this.http.post<{ source: ResearchQuestion; created: ResearchQuestion }>(
      `${round(workspaceId, roundId)}/research-questions/${id(questionId)}/split`,
      body,
    );
  }

  researchQuestionLineage(
    workspaceId: string,
    roundId: string,
    questionId: string,
  ): Observable<ResearchQuestionLineage> {
    return this.http.get<ResearchQuestionLineage>(
      `${round(workspaceId, roundId)}/research-questions/${id(questionId)}/lineage`,
    );
  }

  submissionLineage(workspaceId: string, submissionId: string): Observable<SubmissionLineage> {
    return this.http.get<SubmissionLineage>(`${ws(workspaceId)}/submissions/${id(submissionId)}/lineage`);
  }
}
