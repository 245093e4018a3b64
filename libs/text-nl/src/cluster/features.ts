import { CompoundSplitter } from './compound';
import type { LanguageTools } from './language';
import { type ContentToken, contentTokens } from './tokenize';

export interface FeatureOptions {
  /** Adjacent content-word pairs as extra features. */
  bigrams?: boolean;
  /** Add the stems of compound parts (only where the language splits compounds). */
  compounds?: boolean;
  /** Weight of a compound part relative to a whole word. */
  compoundWeight?: number;
}

export interface AnalyzedCorpus {
  tokens: ContentToken[][];
  /** Features per document as [feature, weight]; unigram stems are prefixed "w:", bigrams "b:". */
  features: Array<Array<[string, number]>>;
}

/** Turns texts into weighted feature bags: stems, optional stem bigrams and compound parts. */
export function analyzeCorpus(
  texts: readonly string[],
  tools: LanguageTools,
  options: FeatureOptions = {},
): AnalyzedCorpus {
  const tokens = texts.map((t) => contentTokens(t, tools));
  let splitter: CompoundSplitter | undefined;
  if ((options.compounds ?? true) && tools.splitsCompounds) {
    const freq = new Map<string, number>();
    for (const doc of tokens) for (const t of doc) freq.set(t.surface, (freq.get(t.surface) ?? 0) + 1);
    splitter = new CompoundSplitter(freq);
  }
  const compoundWeight = options.compoundWeight ?? 0.5;
  const features = tokens.map((doc) => {
    const out: Array<[string, number]> = [];
    for (let i = 0; i < doc.length; i++) {
      const t = doc[i]!;
      out.push([`w:${t.stem}`, 1]);
      if (splitter) {
        for (const part of splitter.split(t.surface)) {
          if (!tools.stopwords.has(part)) out.push([`w:${tools.stem(part)}`, compoundWeight]);
        }
      }
      if (options.bigrams && i > 0) out.push([`b:${doc[i - 1]!.stem} ${t.stem}`, 1]);
    }
    return out;
  });
  return { tokens, features };
}
