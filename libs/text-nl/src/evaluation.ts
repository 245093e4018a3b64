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
