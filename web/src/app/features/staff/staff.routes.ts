import { Routes } from '@angular/router';
import { PRIORITISATION_ROUTES } from './prioritisation/prioritisation.routes';
import { SYNTHESIS_ROUTES } from './synthesis/synthesis.routes';
import { QUESTIONNAIRE_STAFF_ROUTES } from './questionnaires/questionnaires.routes';

// Staff pages below /staff (behind login). Owned by the staff feature.
// Route and query params reach the pages as inputs (router component input binding).
export const STAFF_ROUTES: Routes = [
  {
    path: 'w/:workspaceId/rounds/new',
    title: 'roundAdmin.newTitle',
    loadComponent: () => import('./round-admin/round-new.page').then((m) => m.RoundNewPage),
  },
  {
    path: 'w/:workspaceId/rounds/:roundId',
    title: 'roundAdmin.editTitle',
    loadComponent: () => import('./round-admin/round-edit.page').then((m) => m.RoundEditPage),
  },
  {
    path: 'w/:workspaceId/rounds/:roundId/moderation',
    title: 'moderation.title',
    loadComponent: () => import('./moderation/moderation.page').then((m) => m.ModerationPage),
  },
  {
    path: 'w/:workspaceId/rounds/:roundId/dashboard',
    title: 'dashboard.title',
    loadComponent: () => import('./dashboard/dashboard.page').then((m) => m.DashboardPage),
  },
  ...SYNTHESIS_ROUTES,
  ...PRIORITISATION_ROUTES,
  ...QUESTIONNAIRE_STAFF_ROUTES,
];
