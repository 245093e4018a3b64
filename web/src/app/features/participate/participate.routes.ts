import { Routes } from '@angular/router';

// Participant pages (public, no account). Owned by the participation feature.
// The return code never appears in a URL (it would end up in logs and browser history).
export const PARTICIPATE_ROUTES: Routes = [
  {
    path: 'r/:slug',
    title: 'participate.title',
    loadComponent: () => import('./round.page').then((m) => m.RoundPage),
  },
  {
    path: 'r/:slug/vragenlijst/:id',
    title: 'questionnaire.title',
    loadComponent: () => import('./questionnaire/questionnaire.page').then((m) => m.QuestionnairePage),
  },
  {
    path: 'mijn-inbreng',
    title: 'myInput.title',
    loadComponent: () => import('./my-input.page').then((m) => m.MyInputPage),
  },
];
