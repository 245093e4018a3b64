import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessionService } from './session.service';

export const staffGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionService);
  const router = inject(Router);
  const user = await session.ensureLoaded();
  return user ? true : router.createUrlTree(['/login'], { queryParams: { next: state.url } });
};
