import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { PRIORITY_GROUPS, type PublicAgendaResponse } from '@inbreng/contracts';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { errorKey } from '../../core/api-error';
import { LanguageService } from '../../core/i18n';
import { equalWeights, weightList } from '../../core/ranks';
import { LocalDatePipe } from '../participate/local-date.pipe';
import { AGENDA_DOWNLOADS, AgendaApi, downloadUrl } from './agenda.api';
import { AgendaItemComponent } from './agenda-item.component';

type Load =
  | { status: 'loading' }
  | { status: 'ok'; agenda: PublicAgendaResponse }
  | { status: 'error'; key: string; notFound: boolean };

/** `/r/:slug/agenda`: the published research agenda, with how it was made and downloads for researchers. */
@Component({
  selector: 'app-agenda-page',
  imports: [TranslatePipe, RouterLink, LocalDatePipe, AgendaItemComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './agenda.css',
  template: `
    @let l = load();
    @if (l.status === 'loading') {
      <p role="status">{{ 'common.loading' | translate }}</p>
    } @else if (l.status === 'error') {
      @if (l.notFound) {
        <h1>{{ 'agenda.notFound.title' | translate }}</h1>
        <p>{{ 'agenda.notFound.text' | translate }}</p>
        <p>
          <a [routerLink]="['/r', slug()]">{{ 'agenda.toRound' | translate }}</a>
        </p>
      } @else {
        <h1>{{ 'agenda.title' | translate }}</h1>
        <p role="alert" class="error">{{ l.key | translate }}</p>
      }
    } @else {
      @let a = l.agenda;
      <div class="agenda">
        <p class="meta">{{ 'participate.workspace' | translate: { name: a.round.workspaceName } }}</p>
        <h1>{{ 'agenda.heading' | translate: { title: a.round.title } }}</h1>
        <p class="lead">{{ a.round.introduction }}</p>
        <p class="meta" data-testid="agenda-published">
          {{
            (a.fixed ? 'agenda.publishedFixed' : 'agenda.publishedOn')
              | translate: { date: (a.publishedAt | localDate: lang()) }
          }}
        </p>

        <section class="box" aria-labelledby="ag-how">
          <h2 id="ag-how">{{ 'agenda.how.heading' | translate }}</h2>
          <p>{{ 'agenda.how.' + a.method | translate }}</p>
          <p>{{ 'agenda.how.votes' | translate }}</p>
          <ul data-testid="agenda-ballots">
            @for (g of groups; track g) {
              <li>
                {{
                  'agenda.how.groupVotes'
                    | translate: { group: ('priorityGroups.' + g | translate), count: a.ballotsPerGroup[g] }
                }}
              </li>
            }
          </ul>
          @if (equal()) {
            <p>{{ 'agenda.how.equalWeights' | translate }}</p>
          } @else {
            <p>{{ 'agenda.how.weights' | translate }}</p>
            <ul>
              @for (w of weights(); track w.group) {
                <li>
                  {{
                    'agenda.how.weight'
                      | translate: { group: ('priorityGroups.' + w.group | translate), percent: w.percent }
                  }}
                </li>
              }
            </ul>
          }
          <p>{{ 'agenda.how.ties' | translate }}</p>
          @if (a.fixed) {
            <p>{{ 'agenda.how.fixed' | translate }}</p>
          }
        </section>

        <section aria-labelledby="ag-downloads">
          <h2 id="ag-downloads">{{ 'agenda.downloads.heading' | translate }}</h2>
          <p>{{ 'agenda.downloads.intro' | translate }}</p>
          <ul class="downloads">
            @for (d of downloads; track d) {
              <li>
                <a [href]="url(a.round.slug, d)" download>{{ 'agenda.downloads.' + d | translate }}</a>
              </li>
            }
          </ul>
        </section>

        <h2 id="ag-items">{{ 'agenda.items' | translate: { count: a.items.length } }}</h2>
        @if (a.items.length) {
          <ol class="agenda-list" aria-labelledby="ag-items">
            @for (it of a.items; track it.researchQuestionId) {
              <li><app-agenda-item [item]="it" /></li>
            }
          </ol>
        } @else {
          <p>{{ 'agenda.empty' | translate }}</p>
        }
        <p>
          <a routerLink="/mijn-inbreng">{{ 'agenda.myInput' | translate }}</a>
        </p>
      </div>
    }
  `,
})
export class AgendaPage {
  private readonly api = inject(AgendaApi);
  protected readonly lang = inject(LanguageService).current;
  readonly slug = input.required<string>();
  protected readonly groups = PRIORITY_GROUPS;
  protected readonly downloads = AGENDA_DOWNLOADS;

  protected readonly load = toSignal(
    toObservable(this.slug).pipe(
      switchMap((slug) =>
        this.api.agenda(slug).pipe(
          map((agenda): Load => ({ status: 'ok', agenda })),
          catchError((err: unknown) =>
            of<Load>({
              status: 'error',
              key: errorKey(err),
              notFound: err instanceof HttpErrorResponse && err.status === 404,
            }),
          ),
          startWith<Load>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as Load },
  );

  private readonly agenda = computed(() => {
    const l = this.load();
    return l.status === 'ok' ? l.agenda : null;
  });
  protected readonly equal = computed(() => equalWeights(this.agenda()?.effectiveWeights ?? {}));
  protected readonly weights = computed(() => weightList(this.agenda()?.effectiveWeights ?? {}));

  protected url(slug: string, kind: (typeof AGENDA_DOWNLOADS)[number]): string {
    return downloadUrl(slug, kind);
  }
}
