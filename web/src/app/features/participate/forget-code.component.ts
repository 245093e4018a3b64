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

/**
 * "Forget my code on this device", for shared devices (a school computer, a parent's phone). Asks
 * first, in the page rather than in a dialog: the code cannot be shown again afterwards, and the input
 * itself stays (deleting it is "Verwijder mijn gegevens" on Mijn inbreng). The page does the
 * forgetting when `forget` fires, and moves focus to what it shows next.
 */
@Component({
  selector: 'app-forget-code',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!asking()) {
      <button #start type="button" class="button" (click)="ask()">
        {{ 'participate.forget.button' | translate }}
      </button>
    } @else {
      <div
        #question
        class="forget-question"
        role="group"
        tabindex="-1"
        [attr.aria-labelledby]="idPrefix() + '-forget-title'"
        [attr.aria-describedby]="idPrefix() + '-forget-explain'"
      >
        <p [id]="idPrefix() + '-forget-title'" class="forget-title">
          {{ 'participate.forget.question' | translate }}
        </p>
        <ul [id]="idPrefix() + '-forget-explain'">
          <li>{{ 'participate.forget.device' | translate }}</li>
          <li>
            <strong>{{ 'participate.forget.kept' | translate }}</strong>
          </li>
          <li>{{ 'participate.forget.noWayBack' | translate }}</li>
          <li>{{ 'participate.forget.delete' | translate }}</li>
        </ul>
        <div class="forget-actions">
          <button type="button" class="button primary" (click)="confirm()">
            {{ 'participate.forget.yes' | translate }}
          </button>
          <button type="button" class="button" (click)="cancel()">
            {{ 'participate.forget.no' | translate }}
          </button>
        </div>
      </div>
    }
  `,
  styles: `
    .forget-question {
      border: 2px solid var(--color-primary);
      border-radius: var(--radius);
      padding: 0.75rem 1rem;
      margin-top: 0.5rem;
      background: #fff;
    }
    .forget-question:focus {
      outline: 3px solid var(--color-focus);
      outline-offset: 2px;
    }
    .forget-title {
      font-weight: 700;
      margin-top: 0;
    }
    ul {
      padding-left: 1.25rem;
    }
    li {
      margin-bottom: 0.3rem;
    }
    .forget-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class ForgetCodeComponent {
  /** Keeps ids unique on the page. */
  readonly idPrefix = input('p');
  readonly forget = output<void>();
  protected readonly asking = signal(false);
  private readonly injector = inject(Injector);
  private readonly question = viewChild<ElementRef<HTMLElement>>('question');
  private readonly start = viewChild<ElementRef<HTMLElement>>('start');

  protected ask(): void {
    this.asking.set(true);
    afterNextRender(() => this.question()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    this.asking.set(false);
    afterNextRender(() => this.start()?.nativeElement.focus(), { injector: this.injector });
  }

  protected confirm(): void {
    this.asking.set(false);
    this.forget.emit();
  }
}
