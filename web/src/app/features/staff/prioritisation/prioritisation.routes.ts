import { Routes } from '@angular/router';

// Prioritisation for moderators (issue 7), below /staff. Route params reach the page as inputs.
export const PRIORITISATION_ROUTES: Routes = [
  {
    path: 'w/:workspaceId/rounds/:roundId/prioritisation',
    title: 'prioritisation.title',
    loadComponent: () => import('./prioritisation.page').then((m) => m.PrioritisationPage),
  },
];
