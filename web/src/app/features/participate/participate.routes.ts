import { Routes } from '@angular/router';

// Participant pages (public, no account). Owned by the participation feature.
export const PARTICIPATE_ROUTES: Routes = [];
