import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { BallotResponse } from '@inbreng/contracts';
import { firstValueFrom } from 'rxjs';
import { errorKey } from '../../core/api-error';
import { RETURN_CODE_LENGTH, formatReturnCode, normalizeReturnCode } from '../participate/return-code';
import { PrioritiseApi } from './prioritise.api';

export interface UsedCode {
  code: string;
  /** The ballot this code sent before, or null when it has not voted yet. */
  stored: BallotResponse | null;
}

/** "Heb je al een code?": someone who took part on another device links their vote to their earlier input. */
@Component({
  selector: 'app-have-code',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../participate/participate.css', './ballot.css'],
  template: `
    <details class="have-code">
      <summary>{{ 'prioritise.code.summary' | translate }}</summary>
      <div class="field">
        <label for="b-code-entry">{{ 'myInput.codeLabel' | translate }}</label>
        <p id="b-code-entry-hint" class="hint">{{ 'prioritise.code.hint' | translate }}</p>
        @if (error(); as key) {
          <p id="b-code-entry-error" class="field-error">{{ key | translate }}</p>
        }
        <input
          id="b-code-entry"
          type="text"
          class="code-input"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          [value]="entry()"
          [attr.aria-invalid]="error() ? true : null"
          [attr.aria-describedby]="error() ? 'b-code-entry-hint b-code-entry-error' : 'b-code-entry-hint'"
          (input)="setEntry($event)"
        />
      </div>
      <button type="button" class="button" [disabled]="busy()" (click)="use()">
        {{ 'prioritise.code.use' | translate }}
      </button>
    </details>
  `,
})
export class HaveCodeComponent {
  readonly slug = input.required<string>();
  readonly used = output<UsedCode>();
  private readonly api = inject(PrioritiseApi);
  protected readonly entry = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected setEntry(event: Event): void {
    this.entry.set((event.target as HTMLInputElement).value);
    this.error.set(null);
  }

  protected async use(): Promise<void> {
    const code = normalizeReturnCode(this.entry());
    if (code.length !== RETURN_CODE_LENGTH) {
      this.error.set('myInput.wrongLength');
      return;
    }
    const formatted = formatReturnCode(code);
    this.busy.set(true);
    try {
      const stored = await firstValueFrom(this.api.ballot(this.slug(), formatted));
      this.used.emit({ code: formatted, stored });
    } catch (err) {
      // 404: no ballot for this code yet (or an unknown code); sending will tell which.
      if (err instanceof HttpErrorResponse && err.status === 404)
        this.used.emit({ code: formatted, stored: null });
      else this.error.set(errorKey(err));
    } finally {
      this.busy.set(false);
    }
  }
}
