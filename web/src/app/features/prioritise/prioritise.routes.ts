import { Routes } from '@angular/router';

// Prioritisation by participants (public, no account). The return code never appears in a URL.
export const PRIORITISE_ROUTES: Routes = [
  {
    path: 'r/:slug/prioriteren',
    title: 'prioritise.title',
    loadComponent: () => import('./ballot.page').then((m) => m.BallotPage),
  },
];
