import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { UpsertRoundRequest } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ApiProblem } from '../shared/api-problem';
import { roundSaveProblem } from './round-form.errors';
import { workspaceRole } from '../shared/staff-access';
import { Crumb, StaffCrumbsComponent } from '../shared/staff-crumbs.component';
import { StaffRoundsApi } from '../shared/staff-rounds.api';
import { RoundFormComponent } from './round-form.component';

@Component({
  selector: 'app-round-new-page',
  imports: [TranslatePipe, RoundFormComponent, StaffCrumbsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-staff-crumbs [crumbs]="crumbs()" />
    <h1>{{ 'roundAdmin.newTitle' | translate }}</h1>
    @if (role() === 'admin') {
      <p class="lead">{{ 'roundAdmin.newIntro' | translate }}</p>
      <app-round-form [busy]="busy()" [apiProblem]="problem()" (save)="create($event)" />
    } @else {
      <p>{{ 'roundAdmin.adminOnly' | translate }}</p>
    }
  `,
})
export class RoundNewPage {
  readonly workspaceId = input.required<string>();
  private readonly api = inject(StaffRoundsApi);
  private readonly router = inject(Router);
  protected readonly role = workspaceRole(this.workspaceId);
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly crumbs = computed<Crumb[]>(() => [
    { label: 'staff.title', link: '/staff', query: { w: this.workspaceId() } },
    { label: 'roundAdmin.newTitle' },
  ]);

  protected async create(body: UpsertRoundRequest): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      const round = await firstValueFrom(this.api.create(this.workspaceId(), body));
      await this.router.navigate(['/staff/w', this.workspaceId(), 'rounds', round.id], {
        queryParams: { created: 1 },
      });
    } catch (err) {
      this.problem.set(roundSaveProblem(err));
    } finally {
      this.busy.set(false);
    }
  }
}
