import { Routes } from '@angular/router';

// The published research agenda of a round (public).
export const AGENDA_ROUTES: Routes = [
  {
    path: 'r/:slug/agenda',
    title: 'agenda.title',
    loadComponent: () => import('./agenda.page').then((m) => m.AgendaPage),
  },
];
