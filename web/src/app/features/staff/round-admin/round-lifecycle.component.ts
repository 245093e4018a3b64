import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { RoundStatus, StaffRoundResponse } from '@inbreng/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ApiProblem, toApiProblem } from '../shared/api-problem';
import { StaffRoundsApi } from '../shared/staff-rounds.api';
import { nextStatuses, transitionKey } from './round-options';

/** Current status and the allowed next steps, each behind a confirmation. */
@Component({
  selector: 'app-round-lifecycle',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/staff.css',
  template: `
    <section class="box" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title" #heading tabindex="-1">{{ 'roundAdmin.lifecycle.title' | translate }}</h2>
      <p>
        {{ 'roundAdmin.lifecycle.current' | translate }}
        <strong class="status">{{ 'roundStatus.' + round().status | translate }}</strong>
      </p>
      <p role="status" class="success">
        @if (done(); as d) {
          {{ 'roundAdmin.lifecycle.done' | translate: { status: ('roundStatus.' + d | translate) } }}
        }
      </p>
      @if (problem(); as p) {
        <div class="error" role="alert">
          <p>{{ p.key | translate }}</p>
          @for (line of p.lines; track $index) {
            <p>{{ line }}</p>
          }
        </div>
      }
      @if (canManage()) {
        @if (confirming(); as to) {
          <div class="notice" role="group" aria-labelledby="lifecycle-confirm">
            <p id="lifecycle-confirm" #confirmText tabindex="-1">
              <strong>{{ 'roundAdmin.lifecycle.confirm.' + key(to) | translate }}</strong>
            </p>
            <div class="actions">
              <button type="button" class="button primary" [disabled]="busy()" (click)="confirm(to)">
                {{ 'roundAdmin.lifecycle.yes.' + key(to) | translate }}
              </button>
              <button type="button" class="button" (click)="cancel()">
                {{ 'staffArea.cancel' | translate }}
              </button>
            </div>
          </div>
        } @else if (next().length) {
          <div class="actions">
            @for (to of next(); track to) {
              <button type="button" class="button" [id]="'transition-' + to" (click)="ask(to)">
                {{ 'roundAdmin.lifecycle.action.' + key(to) | translate }}
              </button>
            }
          </div>
        } @else {
          <p>{{ 'roundAdmin.lifecycle.final' | translate }}</p>
        }
      } @else {
        <p class="hint">{{ 'roundAdmin.adminOnly' | translate }}</p>
      }
    </section>
  `,
})
export class RoundLifecycleComponent {
  readonly workspaceId = input.required<string>();
  readonly round = input.required<StaffRoundResponse>();
  readonly canManage = input(false);
  readonly changed = output<StaffRoundResponse>();

  private readonly api = inject(StaffRoundsApi);
  private readonly injector = inject(Injector);
  protected readonly next = computed(() => nextStatuses(this.round().status));
  protected readonly confirming = signal<RoundStatus | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal<RoundStatus | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly confirmText = viewChild<ElementRef<HTMLElement>>('confirmText');

  protected key(to: RoundStatus): string {
    return transitionKey(this.round().status, to);
  }

  protected ask(to: RoundStatus): void {
    this.problem.set(null);
    this.done.set(null);
    this.confirming.set(to);
    afterNextRender(() => this.confirmText()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    const to = this.confirming();
    this.confirming.set(null);
    afterNextRender(() => (to ? document.getElementById(`transition-${to}`)?.focus() : undefined), {
      injector: this.injector,
    });
  }

  protected async confirm(to: RoundStatus): Promise<void> {
    this.busy.set(true);
    try {
      const updated = await firstValueFrom(this.api.transition(this.workspaceId(), this.round().id, to));
      this.confirming.set(null);
      this.done.set(updated.status);
      this.changed.emit(updated);
    } catch (err) {
      this.confirming.set(null);
      this.problem.set(toApiProblem(err));
    } finally {
      this.busy.set(false);
      afterNextRender(() => this.heading().nativeElement.focus(), { injector: this.injector });
    }
  }
}
