export {
  flattenQuestions,
  questionMap,
  findQuestion,
  countQuestions,
  optionKeys,
  listedOptions,
  isIsoDate,
  type LocatedQuestion,
} from './lib/definition';
export {
  validateDefinition,
  DEFINITION_PROBLEM_CODES,
  DEFINITION_LIMITS,
  KEY_PATTERN,
  type DefinitionProblem,
  type DefinitionProblemCode,
} from './lib/validate-definition';
export { normalizeDefinition } from './lib/normalize-definition';
export {
  conditionMatches,
  visibleQuestionKeys,
  visibleSectionKeys,
  isVisible,
  pruneHiddenAnswers,
} from './lib/visibility';
export {
  validateAnswers,
  normalizeAnswers,
  isAnswered,
  ANSWER_PROBLEM_CODES,
  OTHER_TEXT_MAX,
  type AnswerProblem,
  type AnswerProblemCode,
  type ValidateAnswersOptions,
} from './lib/validate-answers';
export { destructiveChanges } from './lib/destructive-changes';
export { usedKeys, freshKey, duplicateQuestion, moveQuestion } from './lib/editing';
