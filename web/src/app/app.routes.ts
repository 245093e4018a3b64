import { Routes } from '@angular/router';
import { staffGuard } from './core/staff.guard';

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
    title: 'staff.title',
    canActivate: [staffGuard],
    loadComponent: () => import('./features/staff/staff-home.page').then((m) => m.StaffHomePage),
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./features/public/not-found.page').then((m) => m.NotFoundPage),
  },
];
