import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'app-not-found-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'notFound.title' | translate }}</h1>
    <p>{{ 'notFound.text' | translate }}</p>
    <p>
      <a routerLink="/">{{ 'notFound.home' | translate }}</a>
    </p>
  `,
})
export class NotFoundPage {}
