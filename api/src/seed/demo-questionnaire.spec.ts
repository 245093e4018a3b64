import { QUESTION_TYPES } from '@inbreng/contracts';
import { flattenQuestions, validateAnswers, validateDefinition } from '@inbreng/questionnaire';
import { toAnswerRows } from '../questionnaires/answer-rows';
import { screenText } from '../submissions/text-screening';
import { buildDemoResponses, DEMO_IN_PROGRESS, DEMO_RESPONSE_COUNT } from './demo-questionnaire';
import { DEMO_QUESTIONNAIRE } from './demo-questionnaire.nl';

describe('demo questionnaire', () => {
  const responses = buildDemoResponses(Date.UTC(2025, 10, 23));
  const submitted = responses.filter((r) => r.status === 'submitted');

  it('is a valid definition with every question type and conditions', () => {
    expect(validateDefinition(DEMO_QUESTIONNAIRE)).toEqual([]);
    const questions = flattenQuestions(DEMO_QUESTIONNAIRE).map((l) => l.question);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    expect(questions.filter((q) => q.condition).length).toBeGreaterThanOrEqual(3);
  });

  it('has about 150 responses, a few unfinished, each valid for its status', () => {
    expect(responses).toHaveLength(DEMO_RESPONSE_COUNT);
    expect(responses.length - submitted.length).toBe(DEMO_IN_PROGRESS);
    for (const r of responses) {
      expect(validateAnswers(DEMO_QUESTIONNAIRE, r.answers, { submit: r.status === 'submitted' })).toEqual(
        [],
      );
    }
  });

  it('is the same every time (deterministic)', () => {
    expect(buildDemoResponses(Date.UTC(2025, 10, 23))).toEqual(responses);
  });

  it('gives every question enough answers to show results, and varied open texts', () => {
    for (const { question } of flattenQuestions(DEMO_QUESTIONNAIRE)) {
      const n = submitted.filter((r) => r.answers[question.key] !== undefined).length;
      expect([question.key, n >= 10]).toEqual([question.key, true]);
    }
    const texts = submitted.flatMap((r) =>
      toAnswerRows(DEMO_QUESTIONNAIRE, r.answers).openTexts.map((t) => t.text),
    );
    expect(texts.length).toBeGreaterThan(120);
    expect(new Set(texts).size).toBeGreaterThan(60);
    const screened = texts.map(screenText);
    expect(screened.some((s) => s.urgent)).toBe(true);
    expect(screened.some((s) => s.piiKinds.includes('phone'))).toBe(true);
  });

  it('differs by wijk the way the demo intends (Overvecht rated lower than Vleuten-De Meern)', () => {
    const mean = (wijk: string) => {
      const marks = submitted.filter((r) => r.wijk === wijk).map((r) => r.answers['cijfer_wijk'] as number);
      return marks.reduce((s, m) => s + m, 0) / marks.length;
    };
    expect(mean('overvecht')).toBeLessThan(mean('vleuten-de-meern'));
  });
});
