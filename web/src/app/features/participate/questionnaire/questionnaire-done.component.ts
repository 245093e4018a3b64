import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { HelpPanelComponent } from '../help-panel.component';
import { ReturnCodeBoxComponent } from '../return-code-box.component';

/** Handed in: thanks, the return code (large, spelled out for screen readers) and where to go next. */
@Component({
  selector: 'app-questionnaire-done',
  imports: [TranslatePipe, RouterLink, HelpPanelComponent, ReturnCodeBoxComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../participate.css', './questionnaire.css'],
  template: `
    <section #panel class="confirmation" tabindex="-1" aria-labelledby="q-done-title" data-testid="q-done">
      <h2 id="q-done-title">{{ 'questionnaire.done.heading' | translate }}</h2>
      <p>{{ 'questionnaire.done.text' | translate }}</p>
      @if (showHelp()) {
        <app-help-panel [headingLevel]="3" />
      }
      @if (returnCode(); as c) {
        <h3 class="code-heading">{{ 'participate.done.codeLabel' | translate }}</h3>
        <app-return-code-box [code]="c" keepKey="questionnaire.done.keep">
          <a class="button" routerLink="/mijn-inbreng">{{ 'participate.done.myInput' | translate }}</a>
          <a class="button primary" [routerLink]="['/r', slug()]">{{
            'questionnaire.toRound' | translate
          }}</a>
        </app-return-code-box>
      }
    </section>
  `,
})
export class QuestionnaireDoneComponent {
  readonly slug = input.required<string>();
  readonly returnCode = input<string | null>(null);
  readonly showHelp = input(false);
  private readonly panel = viewChild.required<ElementRef<HTMLElement>>('panel');

  focus(): void {
    this.panel().nativeElement.focus();
    this.panel().nativeElement.scrollIntoView({ block: 'start' });
  }
}
