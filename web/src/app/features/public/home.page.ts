import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { PublicWorkspaceResponse } from '@inbreng/contracts';
import { catchError, map, of, startWith } from 'rxjs';
import { errorKey } from '../../core/api-error';
import { WorkspaceApi } from '../../core/public-api.service';
import { RoundListComponent } from './round-list.component';

type State =
  | { status: 'loading' }
  | { status: 'ok'; workspaces: PublicWorkspaceResponse[] }
  | { status: 'error'; key: string };

@Component({
  selector: 'app-home-page',
  imports: [TranslatePipe, RouterLink, RoundListComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="hero">
      <h1>{{ 'home.heading' | translate }}</h1>
      <p class="lead">{{ 'home.intro' | translate }}</p>
    </section>
    @switch (state().status) {
      @case ('loading') {
        <p role="status">{{ 'common.loading' | translate }}</p>
      }
      @case ('error') {
        <p role="alert" class="error">{{ errorKeyOf() | translate }}</p>
      }
      @case ('ok') {
        @for (w of workspaces(); track w.slug) {
          <section class="card" [attr.aria-labelledby]="'ws-' + w.slug">
            <h2 [id]="'ws-' + w.slug">
              <a [routerLink]="['/w', w.slug]">{{ w.name }}</a>
            </h2>
            <p>{{ w.description }}</p>
            <app-round-list [rounds]="w.openRounds" />
          </section>
        } @empty {
          <p>{{ 'home.noWorkspaces' | translate }}</p>
        }
      }
    }
  `,
})
export class HomePage {
  private readonly api = inject(WorkspaceApi);
  protected readonly state = toSignal(
    this.api.listPublic().pipe(
      map((workspaces): State => ({ status: 'ok', workspaces })),
      catchError((err: unknown) => of<State>({ status: 'error', key: errorKey(err) })),
      startWith<State>({ status: 'loading' }),
    ),
    { requireSync: true },
  );
  protected workspaces(): PublicWorkspaceResponse[] {
    const s = this.state();
    return s.status === 'ok' ? s.workspaces : [];
  }
  protected errorKeyOf(): string {
    const s = this.state();
    return s.status === 'error' ? s.key : '';
  }
}
