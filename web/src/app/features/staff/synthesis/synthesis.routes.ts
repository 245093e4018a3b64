import { Routes } from '@angular/router';

// Synthesis pages (issue 6), below /staff. Route and query params reach the pages as inputs.
export const SYNTHESIS_ROUTES: Routes = [
  {
    path: 'w/:workspaceId/rounds/:roundId/synthesis',
    title: 'synthesis.workbench.title',
    loadComponent: () => import('./workbench.page').then((m) => m.WorkbenchPage),
  },
  {
    path: 'w/:workspaceId/rounds/:roundId/research-questions',
    title: 'rq.listTitle',
    loadComponent: () => import('./research-questions.page').then((m) => m.ResearchQuestionsPage),
  },
  {
    path: 'w/:workspaceId/rounds/:roundId/research-questions/:questionId',
    title: 'rq.editTitle',
    loadComponent: () => import('./research-question.page').then((m) => m.ResearchQuestionPage),
  },
  {
    path: 'w/:workspaceId/rounds/:roundId/research-questions/:questionId/lineage',
    title: 'lineage.questionTitle',
    loadComponent: () =>
      import('./research-question-lineage.page').then((m) => m.ResearchQuestionLineagePage),
  },
  {
    path: 'w/:workspaceId/submissions/:submissionId/lineage',
    title: 'lineage.submissionTitle',
    loadComponent: () => import('./submission-lineage.page').then((m) => m.SubmissionLineagePage),
  },
];
