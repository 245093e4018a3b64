/// <reference path="./snowball-stemmers.d.ts" />
import { newStemmer } from 'snowball-stemmers';
import stopwordsIso from 'stopwords-iso/stopwords-iso.json';

export type ClusterLanguage = 'nl' | 'en';

/**
 * stopwords-iso's English list is very broad: it drops content words that
 * matter in citizens' and youth-care texts. Those are kept as features.
 */
const ENGLISH_KEEP = new Set([
  'help',
  'home',
  'work',
  'worked',
  'working',
  'works',
  'school',
  'young',
  'younger',
  'youngest',
  'free',
  'problem',
  'problems',
  'research',
  'information',
  'money',
  'family',
  'friends',
  'group',
  'groups',
  'parents',
  'kind',
  'care',
  'old',
  'older',
  'night',
  'room',
  'rooms',
  'test',
  'system',
  'member',
  'members',
  'million',
  'billion',
  'fire',
  'bill',
  'computer',
  'web',
  'website',
  'page',
  'pages',
  'number',
  'numbers',
  'order',
  'place',
  'places',
  'state',
  'states',
  'value',
  'area',
  'areas',
  'job',
  'jobs',
  'man',
  'men',
  'world',
  'serious',
  'small',
  'large',
  'high',
  'low',
  'early',
  'late',
  'long',
  'short',
  'safe',
  'time',
  'times',
  'week',
  'weeks',
  'year',
  'years',
  'today',
  'buy',
  'move',
  'moved',
  'run',
  'turn',
  'open',
  'opened',
  'words',
  'line',
  'lines',
  'face',
  'side',
  'cry',
  'play',
  'sick',
  'wish',
  'important',
  'interest',
  'interested',
  'interesting',
  'useful',
  'sensible',
  'sorry',
  'ring',
  'mug',
  'text',
  'site',
  'date',
]);

/** Dutch list from stopwords-iso plus frequent function words it misses (spoken/written forms). */
const DUTCH_EXTRA = [
  'zn',
  "zo'n",
  'zoln',
  'dr',
  'mn',
  "m'n",
  'ff',
  'gwn',
  'nie',
  'ofzo',
  'enzo',
  'echt',
  'heel',
];

export interface LanguageTools {
  language: ClusterLanguage;
  stopwords: ReadonlySet<string>;
  stem(word: string): string;
  /** Whether corpus-driven compound splitting applies (Dutch writes compounds as one word). */
  splitsCompounds: boolean;
}

const toolsCache = new Map<ClusterLanguage, LanguageTools>();

function foldStopword(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '');
}

export function languageTools(language: ClusterLanguage): LanguageTools {
  const cached = toolsCache.get(language);
  if (cached) return cached;
  const lists = stopwordsIso as Record<string, string[]>;
  const base =
    language === 'nl'
      ? [...(lists['nl'] ?? []), ...DUTCH_EXTRA]
      : (lists['en'] ?? []).filter((w) => !ENGLISH_KEEP.has(w));
  const stopwords = new Set(base.map(foldStopword));
  const stemmer = newStemmer(language === 'nl' ? 'dutch' : 'english');
  const stemCache = new Map<string, string>();
  const tools: LanguageTools = {
    language,
    stopwords,
    splitsCompounds: language === 'nl',
    stem(word) {
      let s = stemCache.get(word);
      if (s === undefined) {
        s = stemmer.stem(word);
        stemCache.set(word, s);
      }
      return s;
    },
  };
  toolsCache.set(language, tools);
  return tools;
}
