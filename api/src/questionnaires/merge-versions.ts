import type { ChoiceOption, Question, QuestionnaireDefinition } from '@inbreng/contracts';
import { flattenQuestions } from '@inbreng/questionnaire';

export interface VersionDefinition {
  id: string;
  version: number;
  definition: QuestionnaireDefinition;
}

/** A question as results and exports show it, across the versions being reported on. */
export interface MergedQuestion {
  question: Question;
  sectionKey: string;
  /** Versions whose answers to this key count here: those where the key has the same type. */
  versionIds: Set<string>;
}

/**
 * The questions of several versions as one list: the newest version's questions in its order (with its
 * wording), then questions only older versions had. Options and rows removed in a newer version are kept
 * at the end so their answers still show. Answers of a version where the question had another type are
 * left out of that question, since they mean something else.
 */
export function mergeVersions(versions: VersionDefinition[]): MergedQuestion[] {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const merged = new Map<string, MergedQuestion>();
  for (const v of newestFirst) {
    for (const { question, section } of flattenQuestions(v.definition)) {
      const known = merged.get(question.key);
      if (!known) {
        merged.set(question.key, {
          question: structuredClone(question),
          sectionKey: section.key,
          versionIds: new Set([v.id]),
        });
      } else if (known.question.type === question.type) {
        known.versionIds.add(v.id);
        known.question = withOlderOptions(known.question, question);
      }
    }
  }
  return [...merged.values()];
}

function appendMissing(newer: ChoiceOption[], older: ChoiceOption[]): ChoiceOption[] {
  const keys = new Set(newer.map((o) => o.key));
  return [...newer, ...older.filter((o) => !keys.has(o.key))];
}

function withOlderOptions(newer: Question, older: Question): Question {
  if ('options' in newer && 'options' in older) {
    return {
      ...newer,
      options: appendMissing(newer.options, older.options),
      ...('allowOther' in newer && 'allowOther' in older && older.allowOther ? { allowOther: true } : {}),
    };
  }
  if (newer.type === 'matrix' && older.type === 'matrix') {
    return { ...newer, rows: appendMissing(newer.rows, older.rows) };
  }
  return newer;
}
