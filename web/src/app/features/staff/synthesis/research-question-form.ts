import type {
  CreateResearchQuestionRequest,
  EvidenceReference,
  EvidenceStatus,
  ResearchQuestion,
  ResearchQuestionStatus,
  UpdateResearchQuestionRequest,
} from '@inbreng/contracts';
import type { FieldProblem } from '../shared/form-problem';

export const RQ_TEXT_MIN = 5;
export const RQ_TEXT_MAX = 1000;
export const RQ_REFERENCES_MAX = 20;

/** The research question form as the moderator fills it in (all strings, nothing trimmed yet). */
export interface RqFormValue {
  text: string;
  population: string;
  context: string;
  themeIds: string[];
  evidenceStatus: EvidenceStatus;
  references: Array<{ title: string; url: string }>;
  status: ResearchQuestionStatus;
  notes: string;
}

export const rqFieldId = (field: string) => `rq-${field}`;

export function emptyRqForm(themeIds: string[] = []): RqFormValue {
  return {
    text: '',
    population: '',
    context: '',
    themeIds,
    evidenceStatus: 'unknown',
    references: [],
    status: 'draft',
    notes: '',
  };
}

export function rqFormFrom(q: ResearchQuestion): RqFormValue {
  return {
    text: q.text,
    population: q.population,
    context: q.context,
    themeIds: [...q.themeIds],
    evidenceStatus: q.evidenceStatus,
    references: q.references.map((r) => ({ title: r.title, url: r.url ?? '' })),
    status: q.status,
    notes: q.notes,
  };
}

/** `?themes=a,b` from the workbench: the themes to start a new question from. */
export function parseThemeIds(raw: string | undefined): string[] {
  return [
    ...new Set(
      (raw ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0 && s.length <= 64),
    ),
  ].slice(0, 50);
}

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/** Every problem in the form, in screen order, for the error summary. */
export function validateRq(v: RqFormValue): FieldProblem[] {
  const out: FieldProblem[] = [];
  const text = v.text.trim();
  if (!text) {
    out.push({
      target: rqFieldId('text'),
      label: { key: 'rq.fields.text' },
      message: { key: 'rq.errors.required' },
    });
  } else if (text.length < RQ_TEXT_MIN || text.length > RQ_TEXT_MAX) {
    out.push({
      target: rqFieldId('text'),
      label: { key: 'rq.fields.text' },
      message: { key: 'rq.errors.textLength', params: { min: RQ_TEXT_MIN, max: RQ_TEXT_MAX } },
    });
  }
  if (!v.themeIds.length) {
    out.push({
      target: rqFieldId('themes'),
      label: { key: 'rq.fields.themes' },
      message: { key: 'rq.errors.noTheme' },
    });
  }
  v.references.forEach((r, i) => {
    const n = i + 1;
    if (!r.title.trim()) {
      out.push({
        target: rqFieldId(`ref-title-${i}`),
        label: { key: 'rq.references.titleN', params: { n } },
        message: { key: 'rq.errors.required' },
      });
    }
    if (r.url.trim() && !isHttpUrl(r.url.trim())) {
      out.push({
        target: rqFieldId(`ref-url-${i}`),
        label: { key: 'rq.references.urlN', params: { n } },
        message: { key: 'rq.errors.url' },
      });
    }
  });
  return out;
}

function references(v: RqFormValue): EvidenceReference[] {
  return v.references.map((r) =>
    r.url.trim() ? { title: r.title.trim(), url: r.url.trim() } : { title: r.title.trim() },
  );
}

export function toCreateRq(v: RqFormValue): CreateResearchQuestionRequest {
  return {
    text: v.text.trim(),
    population: v.population.trim(),
    context: v.context.trim(),
    themeIds: v.themeIds,
    evidenceStatus: v.evidenceStatus,
    references: references(v),
    notes: v.notes.trim(),
  };
}

export function toUpdateRq(v: RqFormValue, version: number): UpdateResearchQuestionRequest {
  return { ...toCreateRq(v), status: v.status, version };
}
