import { Routes } from '@angular/router';
import { staffGuard } from './core/staff.guard';
import { AGENDA_ROUTES } from './features/agenda/agenda.routes';
import { PARTICIPATE_ROUTES } from './features/participate/participate.routes';
import { PRIORITISE_ROUTES } from './features/prioritise/prioritise.routes';
import { STAFF_ROUTES } from './features/staff/staff.routes';

export const routes: Routes = [
  {
    path: '',
    title: 'home.title',
    loadComponent: () => import('./features/public/home.page').then((m) => m.HomePage),
  },
  {
    path: 'w/:slug',
    title: 'workspace.title',
    loadComponent: () => import('./features/public/workspace.page').then((m) => m.WorkspacePage),
  },
  ...PARTICIPATE_ROUTES,
  ...PRIORITISE_ROUTES,
  ...AGENDA_ROUTES,
  {
    path: 'login',
    title: 'login.title',
    loadComponent: () => import('./features/auth/login.page').then((m) => m.LoginPage),
  },
  {
    path: 'logout',
    title: 'logout.title',
    loadComponent: () => import('./features/auth/logout.page').then((m) => m.LogoutPage),
  },
  {
    path: 'staff',
    canActivate: [staffGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'staff.title',
        loadComponent: () => import('./features/staff/staff-home.page').then((m) => m.StaffHomePage),
      },
      ...STAFF_ROUTES,
    ],
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./features/public/not-found.page').then((m) => m.NotFoundPage),
  },
];
