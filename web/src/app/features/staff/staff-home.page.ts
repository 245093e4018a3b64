import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { DatePipe } from '@angular/common';
import { TranslatePipe } from '@ngx-translate/core';
import type { StaffRoundSummary } from '@inbreng/contracts';
import { catchError, map, of, switchMap } from 'rxjs';
import { WorkspaceApi } from '../../core/public-api.service';
import { SessionService } from '../../core/session.service';

@Component({
  selector: 'app-staff-home-page',
  imports: [TranslatePipe, DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'staff.title' | translate }}</h1>
    @if (user(); as u) {
      <p>{{ 'staff.welcome' | translate: { name: u.displayName } }}</p>
      @if (u.memberships.length > 1) {
        <div class="field">
          <label for="ws-select">{{ 'staff.workspace' | translate }}</label>
          <select id="ws-select" [value]="workspaceId()" (change)="pick($event)">
            @for (m of u.memberships; track m.workspaceId) {
              <option [value]="m.workspaceId">{{ m.workspaceName }}</option>
            }
          </select>
        </div>
      }
      @if (membership(); as m) {
        <section class="card" aria-labelledby="ws-heading">
          <h2 id="ws-heading">{{ m.workspaceName }}</h2>
          <p>
            {{ 'staff.role' | translate }}: <strong>{{ 'roles.' + m.role | translate }}</strong>
          </p>
          <h3>{{ 'staff.rounds' | translate }}</h3>
          @if (rounds(); as list) {
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">
                  {{
                    'staff.rounds' | translate
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ 'staff.roundTitle' | translate }}</th>
                    <th scope="col">{{ 'staff.roundStatus' | translate }}</th>
                    <th scope="col">{{ 'staff.roundCreated' | translate }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (r of list; track r.id) {
                    <tr>
                      <td>{{ r.title }}</td>
                      <td>{{ 'roundStatus.' + r.status | translate }}</td>
                      <td>{{ r.createdAt | date: 'mediumDate' }}</td>
                    </tr>
                  } @empty {
                    <tr>
                      <td colspan="3">{{ 'staff.noRounds' | translate }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          } @else {
            <p role="status">{{ 'common.loading' | translate }}</p>
          }
        </section>
      } @else {
        <p>{{ 'staff.noWorkspace' | translate }}</p>
      }
    }
  `,
})
export class StaffHomePage {
  private readonly api = inject(WorkspaceApi);
  protected readonly user = inject(SessionService).user;
  private readonly chosen = signal<string | null>(null);
  protected readonly workspaceId = computed(
    () => this.chosen() ?? this.user()?.memberships[0]?.workspaceId ?? null,
  );
  protected readonly membership = computed(() =>
    this.user()?.memberships.find((m) => m.workspaceId === this.workspaceId()),
  );
  protected readonly rounds = toSignal(
    toObservable(this.workspaceId).pipe(
      switchMap((id) =>
        id
          ? this.api.listStaffRounds(id).pipe(catchError(() => of<StaffRoundSummary[]>([])))
          : of<StaffRoundSummary[]>([]),
      ),
      map((r) => r),
    ),
  );

  protected pick(event: Event): void {
    this.chosen.set((event.target as HTMLSelectElement).value);
  }
}
