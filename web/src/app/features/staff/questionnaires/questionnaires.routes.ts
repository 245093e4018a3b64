import { Routes } from '@angular/router';

// Questionnaire pages below /staff/w/:workspaceId/rounds/:roundId (issue 5). Each page is its own chunk.
export const QUESTIONNAIRE_STAFF_ROUTES: Routes = [
  {
    path: 'w/:workspaceId/rounds/:roundId/questionnaires',
    title: 'qList.title',
    loadComponent: () => import('./questionnaire-list.page').then((m) => m.QuestionnaireListPage),
  },
  {
    path: 'w/:workspaceId/rounds/:roundId/questionnaires/new',
    title: 'qBuilder.newTitle',
    loadComponent: () => import('./builder/builder.page').then((m) => m.BuilderPage),
  },
  {
    path: 'w/:workspaceId/rounds/:roundId/questionnaires/:questionnaireId',
    title: 'qBuilder.editTitle',
    loadComponent: () => import('./builder/builder.page').then((m) => m.BuilderPage),
  },
  {
    path: 'w/:workspaceId/rounds/:roundId/questionnaires/:questionnaireId/results',
    title: 'qResults.title',
    loadComponent: () => import('./results/results.page').then((m) => m.ResultsPage),
  },
];
