import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { asResult } from '../shared/result';
import { Crumb, StaffCrumbsComponent } from '../shared/staff-crumbs.component';
import { SynthesisApi } from './synthesis.api';

/** Lineage of one submission: the themes it went into and the research questions those became. */
@Component({
  selector: 'app-submission-lineage-page',
  imports: [TranslatePipe, RouterLink, StaffCrumbsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/staff.css', './research-questions.page.css', './lineage.css'],
  template: `
    <app-staff-crumbs [crumbs]="crumbs()" />
    <h1>{{ 'lineage.submissionTitle' | translate }}</h1>
    @if (loaded(); as res) {
      @if (res.ok) {
        @let s = res.value.submission;
        <section class="box" aria-labelledby="sl-sub-title">
          <h2 id="sl-sub-title" class="who">
            {{ 'staffKinds.' + s.kind | translate }} · {{ 'staffGroups.' + s.group | translate }}
            @if (s.ageBand) {
              ({{ 'moderation.item.ageBand' | translate: { band: s.ageBand } }})
            }
            · {{ 'synthesis.knowledgeTypes.' + s.knowledgeType | translate }}
          </h2>
          <p class="text">{{ s.text }}</p>
          <p class="hint">{{ 'lineage.redactedNote' | translate }}</p>
        </section>

        <section aria-labelledby="sl-themes-title">
          <h2 id="sl-themes-title">
            {{ 'lineage.themesHeading' | translate: { count: res.value.themes.length } }}
          </h2>
          @if (res.value.themes.length) {
            <ul>
              @for (t of res.value.themes; track t.id) {
                <li>
                  <a
                    [routerLink]="['/staff/w', workspaceId(), 'rounds', t.roundId, 'synthesis']"
                    [queryParams]="{ theme: t.id }"
                    >{{ t.name }}</a
                  >
                  @if (t.status !== 'active') {
                    ({{ 'lineage.themeStatus.' + t.status | translate }})
                  }
                </li>
              }
            </ul>
          } @else {
            <p>{{ 'lineage.inNoTheme' | translate }}</p>
          }
        </section>

        <section aria-labelledby="sl-questions-title">
          <h2 id="sl-questions-title">
            {{ 'lineage.questionsHeading' | translate: { count: res.value.researchQuestions.length } }}
          </h2>
          @if (res.value.researchQuestions.length) {
            <ul class="lineage-questions">
              @for (q of res.value.researchQuestions; track q.id) {
                <li>
                  <a
                    [routerLink]="[
                      '/staff/w',
                      workspaceId(),
                      'rounds',
                      q.roundId,
                      'research-questions',
                      q.id,
                      'lineage',
                    ]"
                    >{{ q.text }}</a
                  >
                  <span class="tag">{{ 'rq.status.' + q.status | translate }}</span>
                </li>
              }
            </ul>
          } @else {
            <p>{{ 'lineage.inNoQuestion' | translate }}</p>
          }
        </section>
      } @else {
        <p class="error" role="alert">{{ res.problem.key | translate }}</p>
      }
    } @else {
      <p role="status">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class SubmissionLineagePage {
  readonly workspaceId = input.required<string>();
  readonly submissionId = input.required<string>();
  private readonly api = inject(SynthesisApi);

  private readonly lineage = rxResource({
    params: () => ({ w: this.workspaceId(), s: this.submissionId() }),
    stream: ({ params }) => asResult(this.api.submissionLineage(params.w, params.s)),
  });
  protected readonly loaded = computed(() => (this.lineage.hasValue() ? this.lineage.value() : undefined));
  protected readonly crumbs = computed<Crumb[]>(() => {
    const res = this.loaded();
    const roundId = res?.ok
      ? (res.value.themes[0]?.roundId ?? res.value.researchQuestions[0]?.roundId ?? null)
      : null;
    return [
      { label: 'staff.title', link: '/staff', query: { w: this.workspaceId() } },
      ...(roundId
        ? [
            {
              label: 'synthesis.workbench.title',
              link: `/staff/w/${this.workspaceId()}/rounds/${roundId}/synthesis`,
            },
          ]
        : []),
      { label: 'lineage.submissionTitle' },
    ];
  });
}
