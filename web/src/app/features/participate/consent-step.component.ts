import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { Message } from './validation';

/** Step b: what happens with your words, in B1 Dutch, with an extra word for 12–15-year-olds. */
@Component({
  selector: 'app-consent-step',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './participate.css',
  template: `
    <ul class="consent-points">
      <li>{{ 'participate.consent.read' | translate }}</li>
      <li>{{ 'participate.consent.personalData' | translate }}</li>
      <li>{{ 'participate.consent.anonymous' | translate }}</li>
      <li>{{ 'participate.consent.use' | translate }}</li>
      <li>{{ 'participate.consent.code' | translate }}</li>
    </ul>
    @if (young()) {
      <div class="notice young" data-testid="consent-young">
        <h3>{{ 'participate.consent.youngTitle' | translate }}</h3>
        <ul>
          <li>{{ 'participate.consent.youngAsk' | translate }}</li>
          <li>{{ 'participate.consent.youngName' | translate }}</li>
          <li>{{ 'participate.consent.youngHelp' | translate }}</li>
          <li>{{ 'participate.consent.youngStop' | translate }}</li>
        </ul>
      </div>
    }
    @if (error(); as e) {
      <p id="p-consent-error" class="field-error">{{ e.key | translate: e.params }}</p>
    }
    <div class="choice consent-check" [class.invalid]="error()">
      <input
        id="p-consent"
        type="checkbox"
        [checked]="consent()"
        [attr.aria-invalid]="error() ? true : null"
        [attr.aria-describedby]="error() ? 'p-consent-error' : null"
        (change)="changed($event)"
      />
      <label for="p-consent">{{ 'participate.consent.checkbox' | translate }}</label>
    </div>
  `,
  styles: `
    .consent-points {
      padding-left: 1.25rem;
      margin: 0 0 1rem;
    }
    .consent-points li,
    .young li {
      margin-bottom: 0.35rem;
    }
    .young h3 {
      font-size: 1.1rem;
      margin: 0 0 0.4rem;
    }
    .young ul {
      padding-left: 1.25rem;
    }
    .consent-check {
      font-weight: 600;
    }
    .consent-check.invalid {
      border-color: var(--color-error);
      border-width: 2px;
    }
  `,
})
export class ConsentStepComponent {
  /** 12–15: the extra explanation for young teenagers. */
  readonly young = input(false);
  readonly consent = input(false);
  readonly error = input<Message | null>(null);
  readonly consentChange = output<boolean>();

  protected changed(event: Event): void {
    this.consentChange.emit((event.target as HTMLInputElement).checked);
  }
}
