import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { errorKey, serverMessage } from '../../core/api-error';
import { LanguageService } from '../../core/i18n';
import { emailProblem } from './email-address';
import { MyInputApi } from './my-input.api';

let nextId = 0;

/**
 * "Stuur mijn code naar mijn e-mail": optional, one small form. Renders nothing unless the server can send
 * mail. A typing mistake is shown at the field (which gets focus); the outcome is announced in a live region.
 */
@Component({
  selector: 'app-email-code',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (available()) {
      <section class="email-code" [attr.aria-labelledby]="id + '-title'" data-testid="email-code">
        <h3 [id]="id + '-title'">{{ 'emailCode.heading' | translate }}</h3>
        <p>{{ 'emailCode.intro' | translate }}</p>
        <form novalidate (submit)="send($event)">
          <div class="field">
            <label [for]="id + '-email'">{{ 'emailCode.label' | translate }}</label>
            <p [id]="id + '-hint'" class="hint">{{ 'emailCode.privacy' | translate }}</p>
            @if (fieldError(); as key) {
              <p [id]="id + '-error'" class="field-error">{{ key | translate }}</p>
            }
            <input
              #emailInput
              [id]="id + '-email'"
              type="email"
              name="email"
              autocomplete="email"
              inputmode="email"
              autocapitalize="off"
              spellcheck="false"
              [value]="email()"
              [attr.aria-invalid]="fieldError() ? true : null"
              [attr.aria-describedby]="fieldError() ? id + '-hint ' + id + '-error' : id + '-hint'"
              (input)="setEmail($event)"
            />
          </div>
          <button type="submit" class="button" [disabled]="busy()">
            {{ (busy() ? 'emailCode.sending' : 'emailCode.submit') | translate }}
          </button>
        </form>
        <p class="status" role="status" data-testid="email-code-status">
          @if (sentTo(); as address) {
            {{ 'emailCode.sent' | translate: { email: address } }}
          }
        </p>
        @if (problem(); as key) {
          <p class="error" role="alert">{{ key | translate }}</p>
        }
      </section>
    }
  `,
  styles: `
    .email-code {
      border-top: 1px solid #d5dde0;
      margin-top: 1.25rem;
      padding-top: 0.25rem;
    }
    h3 {
      font-size: 1.1rem;
    }
    .status {
      min-height: 1.5em;
      color: var(--color-primary-dark);
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    input {
      max-width: 28rem;
    }
  `,
})
export class EmailCodeComponent {
  /** The return code to send, as shown on screen. */
  readonly code = input.required<string>();
  /** The round's `emailAvailable`: without it nothing is shown. */
  readonly available = input(false);

  private readonly api = inject(MyInputApi);
  private readonly lang = inject(LanguageService).current;
  private readonly injector = inject(Injector);
  private readonly emailInput = viewChild<ElementRef<HTMLInputElement>>('emailInput');
  protected readonly id = `email-code-${++nextId}`;

  protected readonly email = signal('');
  protected readonly fieldError = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly sentTo = signal<string | null>(null);

  protected setEmail(event: Event): void {
    this.email.set((event.target as HTMLInputElement).value);
    this.fieldError.set(null);
  }

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.problem.set(null);
    this.sentTo.set(null);
    const email = this.email().trim();
    const wrong = emailProblem(email);
    if (wrong) return this.invalid(wrong);
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.emailCode(this.code(), { email, language: this.lang() }));
      // The address is not kept on this page either, once the mail is on its way.
      this.email.set('');
      this.sentTo.set(email);
    } catch (err) {
      if (err instanceof HttpErrorResponse && err.status === 400) this.invalid('emailCode.errors.invalid');
      else this.problem.set(problemKey(err));
    } finally {
      this.busy.set(false);
    }
  }

  private invalid(key: string): void {
    this.fieldError.set(key);
    afterNextRender(() => this.emailInput()?.nativeElement.focus(), { injector: this.injector });
  }
}

function problemKey(err: unknown): string {
  if (err instanceof HttpErrorResponse) {
    if (err.status === 409) return 'emailCode.errors.unavailable';
    // The API names the per-code limit; anything else at 429 is the per-client limit.
    if (err.status === 429)
      return /e-mailed/.test(serverMessage(err) ?? '')
        ? 'emailCode.errors.limit'
        : 'emailCode.errors.tooMany';
  }
  return errorKey(err);
}
