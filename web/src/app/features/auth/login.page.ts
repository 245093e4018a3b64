import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { HttpErrorResponse } from '@angular/common/http';
import { errorKey } from '../../core/api-error';
import { SessionService } from '../../core/session.service';

@Component({
  selector: 'app-login-page',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="narrow">
      <h1>{{ 'login.title' | translate }}</h1>
      <p>{{ 'login.intro' | translate }}</p>
      <div aria-live="assertive" class="live-region">
        @if (error()) {
          <p class="error" role="alert">{{ error()! | translate }}</p>
        }
      </div>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <div class="field">
          <label for="login-email">{{ 'login.email' | translate }}</label>
          <input
            id="login-email"
            type="email"
            formControlName="email"
            autocomplete="username"
            [attr.aria-invalid]="showInvalid('email')"
            [attr.aria-describedby]="showInvalid('email') ? 'login-email-error' : null"
          />
          @if (showInvalid('email')) {
            <p id="login-email-error" class="field-error">{{ 'login.emailRequired' | translate }}</p>
          }
        </div>
        <div class="field">
          <label for="login-password">{{ 'login.password' | translate }}</label>
          <input
            id="login-password"
            type="password"
            formControlName="password"
            autocomplete="current-password"
            [attr.aria-invalid]="showInvalid('password')"
            [attr.aria-describedby]="showInvalid('password') ? 'login-password-error' : null"
          />
          @if (showInvalid('password')) {
            <p id="login-password-error" class="field-error">{{ 'login.passwordRequired' | translate }}</p>
          }
        </div>
        <button type="submit" class="button primary" [disabled]="busy()">
          {{ 'login.submit' | translate }}
        </button>
      </form>
    </div>
  `,
})
export class LoginPage {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  readonly next = input<string>();
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly submitted = signal(false);
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected showInvalid(name: 'email' | 'password'): boolean {
    return this.submitted() && this.form.controls[name].invalid;
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid) {
      this.error.set('login.fixErrors');
      return;
    }
    this.busy.set(true);
    try {
      await this.session.login(this.form.getRawValue());
      const next = this.next();
      await this.router.navigateByUrl(
        next && next.startsWith('/') && !next.startsWith('//') ? next : '/staff',
      );
    } catch (err) {
      this.error.set(err instanceof HttpErrorResponse && err.status === 401 ? 'login.failed' : errorKey(err));
    } finally {
      this.busy.set(false);
    }
  }
}
