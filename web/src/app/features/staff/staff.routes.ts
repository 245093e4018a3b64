import { Routes } from '@angular/router';

// Staff pages below /staff (behind login). Owned by the staff feature.
export const STAFF_ROUTES: Routes = [];
