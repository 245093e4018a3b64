// `npm run eval:text-nl`: prints precision and recall of both detectors on the Dutch test sets.
import { formatEvaluationReport } from './evaluation';

process.stdout.write(`${formatEvaluationReport()}\n`);
