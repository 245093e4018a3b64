import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable, firstValueFrom } from 'rxjs';
import { ApiProblem, toApiProblem } from './api-problem';

/**
 * The status of something with a lifecycle (a round, a questionnaire) and its allowed next steps, each
 * behind a confirmation. Texts come from `<textPrefix>.title|current|done|confirm.*|yes.*|action.*|final`.
 * Focus moves to the confirmation, back to the button on cancel, and to the heading when done.
 * Extra facts about the current status can be projected after the status line (`<span extra>`), hints
 * before the buttons (`<p hint>`).
 */
@Component({
  selector: 'app-lifecycle',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './staff.css',
  template: `
    <section class="box" [attr.aria-labelledby]="idPrefix() + 'lifecycle-title'">
      <h2 [id]="idPrefix() + 'lifecycle-title'" #heading tabindex="-1">
        {{ textPrefix() + '.title' | translate }}
      </h2>
      <p>
        {{ textPrefix() + '.current' | translate }}
        <strong class="status" [attr.data-testid]="statusTestId()">{{
          statusPrefix() + status() | translate
        }}</strong>
        <ng-content select="[extra]" />
      </p>
      <p role="status" class="success">
        @if (done(); as d) {
          {{ textPrefix() + '.done' | translate: { status: (statusPrefix() + d | translate) } }}
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
      <ng-content select="[hint]" />
      @if (readOnlyHint(); as hint) {
        <p class="hint">{{ hint | translate }}</p>
      } @else if (confirming(); as to) {
        <div class="notice" role="group" [attr.aria-labelledby]="idPrefix() + 'lifecycle-confirm'">
          <p [id]="idPrefix() + 'lifecycle-confirm'" #confirmText tabindex="-1">
            <strong>{{ textPrefix() + '.confirm.' + key(to) | translate }}</strong>
          </p>
          <div class="actions">
            <button type="button" class="button primary" [disabled]="busy()" (click)="confirm(to)">
              {{ textPrefix() + '.yes.' + key(to) | translate }}
            </button>
            <button type="button" class="button" (click)="cancel()">
              {{ 'staffArea.cancel' | translate }}
            </button>
          </div>
        </div>
      } @else if (next().length) {
        <div class="actions">
          @for (to of next(); track to) {
            <button
              type="button"
              class="button"
              [id]="idPrefix() + 'transition-' + to"
              [disabled]="disabled()"
              (click)="ask(to)"
            >
              {{ textPrefix() + '.action.' + key(to) | translate }}
            </button>
          }
        </div>
      } @else {
        <p>{{ textPrefix() + '.final' | translate }}</p>
      }
    </section>
  `,
})
export class LifecycleComponent<S extends string, T extends { status: S }> {
  /** Translation keys of this lifecycle's texts, e.g. `roundAdmin.lifecycle`. */
  readonly textPrefix = input.required<string>();
  /** Translation keys of the status names, e.g. `roundStatus.`. */
  readonly statusPrefix = input.required<string>();
  /** Keeps element ids unique when two lifecycles share a page. */
  readonly idPrefix = input('');
  readonly statusTestId = input<string | null>(null);
  readonly status = input.required<S>();
  readonly next = input.required<readonly S[]>();
  /** The text key of a step, e.g. "reopen" for closed → open. */
  readonly actionKey = input.required<(from: S, to: S) => string>();
  readonly disabled = input(false);
  /** Set when this user may not change the status: the hint replaces the buttons. */
  readonly readOnlyHint = input<string | null>(null);
  /** Carries out a step; the result is emitted as `changed`. */
  readonly transition = input.required<(to: S) => Observable<T>>();
  readonly changed = output<T>();

  private readonly injector = inject(Injector);
  protected readonly confirming = signal<S | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal<S | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly confirmText = viewChild<ElementRef<HTMLElement>>('confirmText');

  protected key(to: S): string {
    return this.actionKey()(this.status(), to);
  }

  protected ask(to: S): void {
    this.problem.set(null);
    this.done.set(null);
    this.confirming.set(to);
    afterNextRender(() => this.confirmText()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    const to = this.confirming();
    this.confirming.set(null);
    afterNextRender(
      () => (to ? document.getElementById(`${this.idPrefix()}transition-${to}`)?.focus() : undefined),
      { injector: this.injector },
    );
  }

  protected async confirm(to: S): Promise<void> {
    this.busy.set(true);
    try {
      const updated = await firstValueFrom(this.transition()(to));
      this.done.set(updated.status);
      this.changed.emit(updated);
    } catch (err) {
      this.problem.set(toApiProblem(err));
    } finally {
      this.confirming.set(null);
      this.busy.set(false);
      afterNextRender(() => this.heading().nativeElement.focus(), { injector: this.injector });
    }
  }
}
