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
// Evaluation and the test sets live in ./evaluation (not re-exported) so browser bundles stay small.
