/**
 * Corpus-driven compound splitting (Koehn & Knight 2003): a long word is split
 * where both parts occur as words on their own in the same corpus, choosing the
 * split with the highest geometric mean of part frequencies. Dutch glues words
 * together ("jeugdhulpverlener" = jeugd + hulpverlener), so texts that say
 * "jeugdhulp" and "hulp voor de jeugd" should share features.
 */
const MIN_PART = 4;
const MIN_WORD = 2 * MIN_PART;
/** Linking sounds between parts: "veiligheid-s-plan", "ziekte-n-huis" (after removing them the head must exist). */
const LINKERS = ['s', 'en', 'e'];

export class CompoundSplitter {
  private readonly cache = new Map<string, string[]>();

  /** wordFrequency: how often each (lowercased) word occurs in the corpus. */
  constructor(
    private readonly wordFrequency: ReadonlyMap<string, number>,
    private readonly minPartFrequency = 2,
  ) {}

  private frequency(part: string): number {
    const f = this.wordFrequency.get(part) ?? 0;
    return f >= this.minPartFrequency ? f : 0;
  }

  /** The parts of a compound (at least two), or [] if the word is not split. */
  split(word: string): string[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const parts = this.splitUncached(word, 0);
    this.cache.set(word, parts);
    return parts;
  }

  private splitUncached(word: string, depth: number): string[] {
    if (word.length < MIN_WORD || depth > 3) return [];
    const own = this.wordFrequency.get(word) ?? 0;
    let best: { score: number; head: string; tail: string } | undefined;
    for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
      const tail = word.slice(i);
      const tailFreq = this.frequency(tail);
      if (tailFreq === 0) continue;
      const rawHead = word.slice(0, i);
      for (const head of [
        rawHead,
        ...LINKERS.filter((l) => rawHead.endsWith(l)).map((l) => rawHead.slice(0, -l.length)),
      ]) {
        if (head.length < MIN_PART - 1) continue;
        const headFreq = this.frequency(head);
        if (headFreq === 0) continue;
        const score = Math.sqrt(headFreq * tailFreq);
        if (!best || score > best.score) best = { score, head, tail };
      }
    }
    // Keep a word whole when it is itself more common than its parts suggest.
    if (!best || best.score <= own) return [];
    const tailParts = this.splitUncached(best.tail, depth + 1);
    return [best.head, ...(tailParts.length > 0 ? tailParts : [best.tail])];
  }
}
