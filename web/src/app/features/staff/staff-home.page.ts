import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { StaffRoundSummary } from '@inbreng/contracts';
import { catchError, of, switchMap } from 'rxjs';
import { LanguageService } from '../../core/i18n';
import { SessionService } from '../../core/session.service';
import { auditExportUrl } from './prioritisation/prioritisation.api';
import { StaffDatePipe } from './shared/staff-date.pipe';
import { StaffRoundsApi } from './shared/staff-rounds.api';

@Component({
  selector: 'app-staff-home-page',
  imports: [TranslatePipe, StaffDatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './shared/staff.css',
  template: `
    <h1>{{ 'staff.title' | translate }}</h1>
    @if (user(); as u) {
      <p>{{ 'staff.welcome' | translate: { name: u.displayName } }}</p>
      @if (u.memberships.length > 1) {
        <div class="field">
          <label for="ws-select">{{ 'staff.workspace' | translate }}</label>
          <select id="ws-select" (change)="pick($event)">
            @for (m of u.memberships; track m.workspaceId) {
              <option [value]="m.workspaceId" [selected]="m.workspaceId === workspaceId()">
                {{ m.workspaceName }}
              </option>
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
          @if (m.role === 'admin') {
            <p>
              <a [href]="auditUrl(m.workspaceId)" download>{{ 'prioritisation.auditExport' | translate }}</a>
            </p>
          }
          <div class="rounds-head">
            <h3>{{ 'staff.rounds' | translate }}</h3>
            @if (m.role === 'admin') {
              <a class="button primary" [routerLink]="['/staff/w', m.workspaceId, 'rounds', 'new']">
                <span aria-hidden="true">+</span> {{ 'staffArea.newRound' | translate }}
              </a>
            }
          </div>
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
                    <th scope="col">{{ 'staffArea.actions' | translate }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (r of list; track r.id) {
                    <tr>
                      <td [id]="'round-title-' + r.id">{{ r.title }}</td>
                      <td>{{ 'roundStatus.' + r.status | translate }}</td>
                      <td>{{ r.createdAt | staffDate: lang() : false }}</td>
                      <td>
                        <ul class="row-links">
                          <li>
                            <a
                              [routerLink]="['/staff/w', m.workspaceId, 'rounds', r.id, 'moderation']"
                              [attr.aria-describedby]="'round-title-' + r.id"
                              >{{ 'staffArea.moderation' | translate }}</a
                            >
                          </li>
                          <li>
                            <a
                              [routerLink]="['/staff/w', m.workspaceId, 'rounds', r.id, 'dashboard']"
                              [attr.aria-describedby]="'round-title-' + r.id"
                              >{{ 'staffArea.dashboard' | translate }}</a
                            >
                          </li>
                          <li>
                            <a
                              [routerLink]="['/staff/w', m.workspaceId, 'rounds', r.id, 'synthesis']"
                              [attr.aria-describedby]="'round-title-' + r.id"
                              >{{ 'synthesis.nav.workbench' | translate }}</a
                            >
                          </li>
                          <li>
                            <a
                              [routerLink]="['/staff/w', m.workspaceId, 'rounds', r.id, 'questionnaires']"
                              [attr.aria-describedby]="'round-title-' + r.id"
                              >{{ 'qList.title' | translate }}</a
                            >
                          </li>
                          @if (m.role === 'admin') {
                            <li>
                              <a
                                [routerLink]="['/staff/w', m.workspaceId, 'rounds', r.id]"
                                [attr.aria-describedby]="'round-title-' + r.id"
                                >{{ 'staffArea.edit' | translate }}</a
                              >
                            </li>
                          }
                        </ul>
                      </td>
                    </tr>
                  } @empty {
                    <tr>
                      <td colspan="4">{{ 'staff.noRounds' | translate }}</td>
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
  styles: `
    .rounds-head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      justify-content: space-between;
      margin: 1rem 0 0.5rem;
    }
    .rounds-head h3 {
      margin: 0;
    }
    .row-links {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .row-links a {
      display: inline-block;
      min-height: 44px;
      line-height: 44px;
    }
  `,
})
export class StaffHomePage {
  /** Optional `?w=<workspaceId>`: which workspace to show (links back from round pages keep it). */
  readonly w = input<string>();
  private readonly api = inject(StaffRoundsApi);
  protected readonly lang = inject(LanguageService).current;
  protected readonly user = inject(SessionService).user;
  private readonly chosen = signal<string | null>(null);
  protected readonly workspaceId = computed(() => {
    const memberships = this.user()?.memberships ?? [];
    const wanted = this.chosen() ?? this.w();
    return (
      memberships.find((m) => m.workspaceId === wanted)?.workspaceId ?? memberships[0]?.workspaceId ?? null
    );
  });
  protected readonly membership = computed(() =>
    this.user()?.memberships.find((m) => m.workspaceId === this.workspaceId()),
  );
  protected readonly rounds = toSignal(
    toObservable(this.workspaceId).pipe(
      switchMap((id) =>
        id
          ? this.api.list(id).pipe(catchError(() => of<StaffRoundSummary[]>([])))
          : of<StaffRoundSummary[]>([]),
      ),
    ),
  );

  protected auditUrl(workspaceId: string): string {
    return auditExportUrl(workspaceId);
  }

  protected pick(event: Event): void {
    this.chosen.set((event.target as HTMLSelectElement).value);
  }
}
