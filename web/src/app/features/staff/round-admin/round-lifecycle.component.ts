import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import type { RoundStatus, StaffRoundResponse } from '@inbreng/contracts';
import { LifecycleComponent } from '../shared/lifecycle.component';
import { StaffRoundsApi } from '../shared/staff-rounds.api';
import { nextStatuses, transitionKey } from './round-options';

/** A round's status and its allowed next steps (only admins may change it). */
@Component({
  selector: 'app-round-lifecycle',
  imports: [LifecycleComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-lifecycle
      textPrefix="roundAdmin.lifecycle"
      statusPrefix="roundStatus."
      [status]="round().status"
      [next]="next()"
      [actionKey]="actionKey"
      [transition]="transition"
      [readOnlyHint]="canManage() ? null : 'roundAdmin.adminOnly'"
      (changed)="changed.emit($event)"
    />
  `,
})
export class RoundLifecycleComponent {
  readonly workspaceId = input.required<string>();
  readonly round = input.required<StaffRoundResponse>();
  readonly canManage = input(false);
  readonly changed = output<StaffRoundResponse>();

  private readonly api = inject(StaffRoundsApi);
  protected readonly next = computed(() => nextStatuses(this.round().status));
  protected readonly actionKey = transitionKey;
  protected readonly transition = (to: RoundStatus) =>
    this.api.transition(this.workspaceId(), this.round().id, to);
}
