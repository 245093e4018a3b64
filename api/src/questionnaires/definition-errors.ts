import { BadRequestException } from '@nestjs/common';
import type { ApiProblem } from '@inbreng/contracts';
import type { AnswerProblem, DefinitionProblem } from '@inbreng/questionnaire';

/** 400 with one detail line and one machine-readable problem per definition problem. */
export function invalidDefinition(problems: DefinitionProblem[]): BadRequestException {
  const list: ApiProblem[] = problems.map((p) => ({
    field: `definition.${p.path}`,
    code: p.code,
    message: p.message,
  }));
  const details = list.map((p) => `${p.field}: ${p.message}`);
  return new BadRequestException({
    message: `Invalid questionnaire: ${details.join('; ')}`,
    details,
    problems: list,
  });
}

/** 400 with one detail line and one machine-readable problem per answer problem. */
export function invalidAnswers(problems: AnswerProblem[]): BadRequestException {
  const list: ApiProblem[] = problems.map((p) => ({
    field: p.questionKey ? `answers.${p.questionKey}` : 'answers',
    code: p.code,
    message: p.message,
    ...(p.params ? { params: p.params } : {}),
  }));
  const details = list.map((p) => `${p.field}: ${p.message}`);
  return new BadRequestException({
    message: `Invalid answers: ${details.join('; ')}`,
    details,
    problems: list,
  });
}
