import type { CrisisCategoryCode, PiiKindCode } from '@inbreng/contracts';
import { detectCrisis, redactPii } from '@inbreng/text-nl';

export interface Screening {
  redactedText: string;
  urgent: boolean;
  crisisCategories: CrisisCategoryCode[];
  piiKinds: PiiKindCode[];
}

/** Safeguarding and privacy checks run on every submission before it is stored. */
export function screenText(text: string): Screening {
  const crisis = detectCrisis(text);
  const redaction = redactPii(text);
  return {
    redactedText: redaction.text,
    urgent: crisis.isCrisis,
    crisisCategories: [...new Set(crisis.categories)] as CrisisCategoryCode[],
    piiKinds: [...new Set(redaction.matches.map((m) => m.kind))] as PiiKindCode[],
  };
}
