import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import type { PublicWorkspaceResponse } from '@inbreng/contracts';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { errorKey } from '../../core/api-error';
import { WorkspaceApi } from '../../core/public-api.service';
import { RoundListComponent } from './round-list.component';

type State =
  | { status: 'loading' }
  | { status: 'ok'; workspace: PublicWorkspaceResponse }
  | { status: 'error'; key: string };

@Component({
  selector: 'app-workspace-page',
  imports: [TranslatePipe, RoundListComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = state();
    @if (s.status === 'loading') {
      <p role="status">{{ 'common.loading' | translate }}</p>
    } @else if (s.status === 'error') {
      <h1>{{ 'workspace.title' | translate }}</h1>
      <p role="alert" class="error">{{ s.key | translate }}</p>
    } @else {
      <h1>{{ s.workspace.name }}</h1>
      <p class="lead">{{ s.workspace.description }}</p>
      <h2>{{ 'workspace.openRounds' | translate }}</h2>
      <app-round-list [rounds]="s.workspace.openRounds" />
    }
  `,
})
export class WorkspacePage {
  private readonly api = inject(WorkspaceApi);
  readonly slug = input.required<string>();
  protected readonly state = toSignal(
    toObservable(this.slug).pipe(
      switchMap((slug) =>
        this.api.getPublic(slug).pipe(
          map((workspace): State => ({ status: 'ok', workspace })),
          catchError((err: unknown) => of<State>({ status: 'error', key: errorKey(err) })),
          startWith<State>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as State },
  );
}
