import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

let nextId = 0;

/**
 * Where to get help at once (safeguarding). A plain region inside the page, never a dialog: it must not
 * stop anyone from writing or sending. The page announces it once through its own polite live region.
 */
@Component({
  selector: 'app-help-panel',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="help-panel" role="region" [attr.aria-labelledby]="headingId">
      @if (headingLevel() === 3) {
        <h3 [id]="headingId">{{ 'help.title' | translate }}</h3>
      } @else {
        <h2 [id]="headingId">{{ 'help.title' | translate }}</h2>
      }
      <p>{{ 'help.intro' | translate }}</p>
      <ul class="help-lines">
        <li>
          <p>
            <strong>{{ 'help.l113.name' | translate }}</strong
            ><br />
            {{ 'help.l113.text' | translate }}
          </p>
          <p class="help-links">
            <a class="button" href="tel:113">{{ 'help.call' | translate: { number: '113' } }}</a>
            <a class="button" href="tel:08000113">{{
              'help.callFree' | translate: { number: '0800-0113' }
            }}</a>
            <a class="button" href="https://www.113.nl">{{ 'help.l113.chat' | translate }}</a>
          </p>
        </li>
        <li>
          <p>
            <strong>{{ 'help.kindertelefoon.name' | translate }}</strong
            ><br />
            {{ 'help.kindertelefoon.text' | translate }}
          </p>
          <p class="help-links">
            <a class="button" href="tel:08000432">{{
              'help.callFree' | translate: { number: '0800-0432' }
            }}</a>
          </p>
        </li>
        <li>
          <p>
            <strong>{{ 'help.veiligThuis.name' | translate }}</strong
            ><br />
            {{ 'help.veiligThuis.text' | translate }}
          </p>
          <p class="help-links">
            <a class="button" href="tel:08002000">{{
              'help.callFree' | translate: { number: '0800-2000' }
            }}</a>
          </p>
        </li>
      </ul>
      <p class="help-emergency">
        <strong>{{ 'help.emergency' | translate }}</strong>
        <a class="button emergency" href="tel:112">{{ 'help.call' | translate: { number: '112' } }}</a>
      </p>
      <p>{{ 'help.anonymous' | translate }}</p>
    </section>
  `,
  styles: `
    .help-panel {
      border: 2px solid var(--color-focus);
      border-left-width: 8px;
      background: var(--color-urgent-bg);
      border-radius: var(--radius);
      padding: 0.75rem 1rem;
      margin: 0.75rem 0 1.25rem;
    }
    h2,
    h3 {
      font-size: 1.2rem;
      margin: 0 0 0.5rem;
    }
    .help-lines {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .help-lines li {
      border-top: 1px solid #e5c9a8;
      padding-top: 0.5rem;
    }
    .help-lines p {
      margin: 0 0 0.5rem;
    }
    .help-links,
    .help-emergency {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .help-links .button {
      background: #fff;
    }
    .button.emergency {
      border-color: var(--color-error);
      background: var(--color-error);
      color: #fff;
    }
  `,
})
export class HelpPanelComponent {
  /** 2 on its own, 3 when it sits inside a section that already has an h2. */
  readonly headingLevel = input<2 | 3>(2);
  protected readonly headingId = `help-panel-title-${nextId++}`;
}
