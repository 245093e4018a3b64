import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { StaffRoundResponse, UpsertRoundRequest } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { auditExportUrl } from '../prioritisation/prioritisation.api';
import { ApiProblem } from '../shared/api-problem';
import { roundSaveProblem } from './round-form.errors';
import { asResult } from '../shared/result';
import { workspaceRole } from '../shared/staff-access';
import { Crumb, StaffCrumbsComponent } from '../shared/staff-crumbs.component';
import { StaffRoundsApi } from '../shared/staff-rounds.api';
import { RoundFormComponent } from './round-form.component';
import { RoundLifecycleComponent } from './round-lifecycle.component';

/** One round: its lifecycle and (admins) its settings. */
@Component({
  selector: 'app-round-edit-page',
  imports: [TranslatePipe, RouterLink, RoundFormComponent, RoundLifecycleComponent, StaffCrumbsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/staff.css',
  template: `
    <app-staff-crumbs [crumbs]="crumbs()" />
    @if (loaded(); as res) {
      @if (res.ok) {
        <h1>{{ res.value.title }}</h1>
        <p role="status" class="success">
          @if (created() && fresh()) {
            {{ 'roundAdmin.created' | translate }}
          } @else if (saved()) {
            {{ 'roundAdmin.saved' | translate }}
          }
        </p>
        <ul class="actions links">
          <li>
            <a class="button" [routerLink]="['/staff/w', workspaceId(), 'rounds', roundId(), 'moderation']">{{
              'staffArea.moderation' | translate
            }}</a>
          </li>
          <li>
            <a class="button" [routerLink]="['/staff/w', workspaceId(), 'rounds', roundId(), 'dashboard']">{{
              'staffArea.dashboard' | translate
            }}</a>
          </li>
          <li>
            <a class="button" [routerLink]="['/staff/w', workspaceId(), 'rounds', roundId(), 'synthesis']">{{
              'synthesis.nav.workbench' | translate
            }}</a>
          </li>
          <li>
            <a
              class="button"
              [routerLink]="['/staff/w', workspaceId(), 'rounds', roundId(), 'research-questions']"
              >{{ 'synthesis.nav.questions' | translate }}</a
            >
          </li>
          <li>
            <a
              class="button"
              [routerLink]="['/staff/w', workspaceId(), 'rounds', roundId(), 'prioritisation']"
              >{{ 'prioritisation.nav' | translate }}</a
            >
          </li>
          <li>
            <a
              class="button"
              [routerLink]="['/staff/w', workspaceId(), 'rounds', roundId(), 'questionnaires']"
              >{{ 'qList.title' | translate }}</a
            >
          </li>
          @if (res.value.status !== 'draft') {
            <li>
              <a class="button" [routerLink]="['/r', res.value.slug]">{{
                'roundAdmin.publicPage' | translate
              }}</a>
            </li>
          }
          @if (res.value.status === 'published' || res.value.status === 'archived') {
            <li>
              <a class="button" [routerLink]="['/r', res.value.slug, 'agenda']">{{
                'prioritisation.agendaLink' | translate
              }}</a>
            </li>
          }
          @if (isAdmin()) {
            <li>
              <a class="button" [href]="auditUrl()" download>{{
                'prioritisation.auditExport' | translate
              }}</a>
            </li>
          }
        </ul>
        <app-round-lifecycle
          [workspaceId]="workspaceId()"
          [round]="res.value"
          [canManage]="isAdmin()"
          (changed)="replace($event)"
        />
        @if (isAdmin()) {
          <h2>{{ 'roundAdmin.settings' | translate }}</h2>
          <app-round-form
            [round]="res.value"
            [busy]="busy()"
            [apiProblem]="problem()"
            [resetKey]="saves()"
            (save)="update($event)"
          />
        }
      } @else {
        <h1>{{ 'roundAdmin.editTitle' | translate }}</h1>
        <p class="error" role="alert">{{ res.problem.key | translate }}</p>
      }
    } @else {
      <h1>{{ 'roundAdmin.editTitle' | translate }}</h1>
      <p role="status">{{ 'common.loading' | translate }}</p>
    }
  `,
  styles: `
    .links {
      list-style: none;
      padding: 0;
      margin: 0 0 1.25rem;
    }
  `,
})
export class RoundEditPage {
  readonly workspaceId = input.required<string>();
  readonly roundId = input.required<string>();
  /** Set (`?created=1`) right after the round was made on the "new" page. */
  readonly created = input<string>();

  private readonly api = inject(StaffRoundsApi);
  private readonly role = workspaceRole(this.workspaceId);
  protected readonly isAdmin = computed(() => this.role() === 'admin');
  protected readonly auditUrl = computed(() => auditExportUrl(this.workspaceId()));
  /** The "created" note stays until the admin does the next thing. */
  protected readonly fresh = signal(true);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly saves = signal(0);
  protected readonly problem = signal<ApiProblem | null>(null);
  private readonly round = rxResource({
    params: () => ({ w: this.workspaceId(), r: this.roundId() }),
    stream: ({ params }) => asResult(this.api.get(params.w, params.r)),
  });
  protected readonly loaded = computed(() => (this.round.hasValue() ? this.round.value() : undefined));
  protected readonly crumbs = computed<Crumb[]>(() => {
    const res = this.loaded();
    return [
      { label: 'staff.title', link: '/staff', query: { w: this.workspaceId() } },
      res?.ok ? { label: res.value.title, plain: true } : { label: 'roundAdmin.editTitle' },
    ];
  });

  protected replace(round: StaffRoundResponse): void {
    this.fresh.set(false);
    this.round.set({ ok: true, value: round });
  }

  protected async update(body: UpsertRoundRequest): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    this.saved.set(false);
    try {
      const round = await firstValueFrom(this.api.update(this.workspaceId(), this.roundId(), body));
      this.replace(round);
      this.saves.update((n) => n + 1);
      this.saved.set(true);
    } catch (err) {
      this.problem.set(roundSaveProblem(err));
    } finally {
      this.busy.set(false);
    }
  }
}
