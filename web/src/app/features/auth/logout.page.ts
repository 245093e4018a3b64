import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { errorKey } from '../../core/api-error';
import { SessionService } from '../../core/session.service';

@Component({
  selector: 'app-logout-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="narrow">
      <h1>{{ 'logout.title' | translate }}</h1>
      @switch (state()) {
        @case ('busy') {
          <p role="status">{{ 'logout.busy' | translate }}</p>
        }
        @case ('done') {
          <p role="status">{{ 'logout.done' | translate }}</p>
          <p>
            <a routerLink="/login">{{ 'logout.again' | translate }}</a>
          </p>
        }
        @default {
          <p role="alert" class="error">{{ state() | translate }}</p>
        }
      }
    </div>
  `,
})
export class LogoutPage {
  private readonly session = inject(SessionService);
  protected readonly state = signal<string>('busy');

  constructor() {
    void this.run();
  }

  private async run(): Promise<void> {
    try {
      await this.session.logout();
      this.state.set('done');
    } catch (err) {
      this.state.set(errorKey(err));
    }
  }
}
