import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  output,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CreateSubmissionResponse } from '@inbreng/contracts';
import { EmailCodeComponent } from './email-code.component';
import { HelpPanelComponent } from './help-panel.component';
import { formatReturnCode } from './return-code';
import { ReturnCodeBoxComponent } from './return-code-box.component';

/** Step e: thanks, the return code (large, spelled out for screen readers), copy, and what next. */
@Component({
  selector: 'app-confirmation-panel',
  imports: [TranslatePipe, RouterLink, HelpPanelComponent, EmailCodeComponent, ReturnCodeBoxComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './participate.css',
  template: `
    <section #panel class="confirmation" tabindex="-1" aria-labelledby="p-done-title">
      <h2 id="p-done-title">{{ 'participate.done.heading' | translate }}</h2>
      <p>{{ 'participate.done.next' | translate }}</p>
      @if (showHelp() || result().submission.urgent) {
        <app-help-panel [headingLevel]="3" />
      }
      <h3 class="code-heading">{{ 'participate.done.codeLabel' | translate }}</h3>
      <app-return-code-box [code]="result().returnCode">
        <a class="button" routerLink="/mijn-inbreng">{{ 'participate.done.myInput' | translate }}</a>
        <button type="button" class="button primary" (click)="addMore.emit()">
          {{ 'participate.done.addMore' | translate }}
        </button>
      </app-return-code-box>
      <app-email-code [code]="code()" [available]="emailAvailable()" />
    </section>
  `,
})
export class ConfirmationPanelComponent {
  readonly result = input.required<CreateSubmissionResponse>();
  /** The page saw crisis signals while typing; the help stays in view after sending. */
  readonly showHelp = input(false);
  /** The round's `emailAvailable`: offer to e-mail the code. */
  readonly emailAvailable = input(false);
  readonly addMore = output<void>();
  protected readonly code = computed(() => formatReturnCode(this.result().returnCode));
  private readonly panel = viewChild.required<ElementRef<HTMLElement>>('panel');

  focus(): void {
    this.panel().nativeElement.focus();
    this.panel().nativeElement.scrollIntoView({ block: 'start' });
  }
}
