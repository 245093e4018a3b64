export {
  detectCrisis,
  CRISIS_CATEGORIES,
  type CrisisCategory,
  type CrisisSignal,
  type CrisisResult,
} from './lib/crisis';
export {
  detectPii,
  redactPii,
  isValidBsn,
  isValidIban,
  PII_KINDS,
  PII_PLACEHOLDERS,
  type PiiKind,
  type PiiMatch,
} from './lib/pii';
export {
  normalizeForMatching,
  foldWord,
  tokenize,
  sentenceSpans,
  type Token,
  type Span,
} from './lib/normalize';
export {
  computeMetrics,
  evaluateCrisis,
  evaluatePii,
  formatMetrics,
  formatEvaluationReport,
  type BinaryMetrics,
  type Prediction,
  type CrisisEvaluation,
  type PiiEvaluation,
  type PiiMiss,
} from './lib/evaluate';
export { crisisTestCases, type CrisisTestCase } from './testdata/crisis.nl';
export { piiTestCases, type PiiTestCase } from './testdata/pii.nl';
