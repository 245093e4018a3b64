import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { DOCUMENT } from '@angular/common';
import type { DeleteMyDataResponse } from '@inbreng/contracts';
import { firstValueFrom } from 'rxjs';
import { errorKey } from '../../core/api-error';
import { MyInputApi } from './my-input.api';

/**
 * "Download mijn gegevens" and "Verwijder mijn gegevens". Deleting asks first in a modal dialog; focus
 * goes into the dialog, back to the button on "no", and to the outcome (shown by the page) on "yes".
 */
@Component({
  selector: 'app-my-data',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="my-data" aria-labelledby="md-title">
      <h3 id="md-title">{{ 'myData.title' | translate }}</h3>
      <p>{{ 'myData.intro' | translate }}</p>
      <div class="actions">
        <button type="button" class="button" [disabled]="downloading()" (click)="download()">
          {{ 'myData.download' | translate }}
        </button>
        <button #deleteButton type="button" class="button danger" (click)="ask()">
          {{ 'myData.delete' | translate }}
        </button>
      </div>
      <p role="status" class="status">
        @if (downloadState(); as key) {
          {{ key | translate }}
        }
      </p>
    </section>

    <dialog #dialog aria-labelledby="md-confirm-title" aria-describedby="md-confirm-text" (close)="closed()">
      <h2 id="md-confirm-title" tabindex="-1">{{ 'myData.confirm.title' | translate }}</h2>
      <div id="md-confirm-text">
        <p>{{ 'myData.confirm.text' | translate }}</p>
        <ul>
          <li>{{ 'myData.confirm.submissions' | translate }}</li>
          <li>{{ 'myData.confirm.ballot' | translate }}</li>
          <li>{{ 'myData.confirm.code' | translate }}</li>
        </ul>
        <p>
          <strong>{{ 'myData.confirm.final' | translate }}</strong>
        </p>
      </div>
      @if (problem(); as key) {
        <p class="error" role="alert">{{ key | translate }}</p>
      }
      <div class="actions">
        <button type="button" class="button danger" [disabled]="busy()" (click)="confirm()">
          {{ (busy() ? 'myData.confirm.busy' : 'myData.confirm.yes') | translate }}
        </button>
        <button type="button" class="button" (click)="cancel()">{{ 'myData.confirm.no' | translate }}</button>
      </div>
    </dialog>
  `,
  styles: `
    .my-data {
      border-top: 1px solid #d5dde0;
      margin-top: 1.5rem;
      padding-top: 0.5rem;
    }
    .my-data h3 {
      font-size: 1.2rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .button.danger {
      border-color: var(--color-error);
      color: var(--color-error);
    }
    .status {
      min-height: 1.5em;
      font-weight: 600;
    }
    dialog {
      width: min(34rem, calc(100vw - 1rem));
      max-height: calc(100vh - 2rem);
      border: 2px solid var(--color-error);
      border-radius: var(--radius);
      padding: 1rem 1.25rem;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 45%);
    }
    dialog h2 {
      margin-top: 0;
      font-size: 1.3rem;
    }
    dialog h2:focus {
      outline: none;
    }
    dialog ul {
      padding-left: 1.25rem;
    }
  `,
})
export class MyDataComponent {
  readonly code = input.required<string>();
  readonly slug = input.required<string>();
  readonly deleted = output<DeleteMyDataResponse>();

  private readonly api = inject(MyInputApi);
  private readonly document = inject(DOCUMENT);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly deleteButton = viewChild.required<ElementRef<HTMLButtonElement>>('deleteButton');
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly downloading = signal(false);
  protected readonly downloadState = signal<string | null>(null);
  private returnFocus = true;

  protected async download(): Promise<void> {
    this.downloading.set(true);
    this.downloadState.set(null);
    try {
      const blob = await firstValueFrom(this.api.exportData(this.code()));
      const url = URL.createObjectURL(blob);
      const link = this.document.createElement('a');
      link.href = url;
      link.download = `mijn-inbreng-${this.slug()}.json`;
      this.document.body.appendChild(link);
      link.click();
      link.remove();
      // Revoke later: some browsers start the download only after the click handler returns.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.downloadState.set('myData.downloaded');
    } catch (err) {
      this.downloadState.set(errorKey(err));
    } finally {
      this.downloading.set(false);
    }
  }

  protected ask(): void {
    this.problem.set(null);
    this.returnFocus = true;
    this.dialog().nativeElement.showModal();
    // Start on the heading, so the question is read before the buttons.
    this.dialog().nativeElement.querySelector<HTMLElement>('#md-confirm-title')?.focus();
  }

  protected cancel(): void {
    this.dialog().nativeElement.close();
  }

  protected closed(): void {
    if (this.returnFocus) this.deleteButton().nativeElement.focus();
  }

  protected async confirm(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const res = await firstValueFrom(this.api.deleteData(this.code()));
      this.returnFocus = false; // the page shows the outcome and moves focus there
      this.dialog().nativeElement.close();
      this.deleted.emit(res);
    } catch (err) {
      this.problem.set(errorKey(err));
    } finally {
      this.busy.set(false);
    }
  }
}
