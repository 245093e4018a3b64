// Each feature owns its translation files; they are merged per language here.
// Keys must not collide between files (the i18n unit test checks that).
import enCore from './en/core.json';
import enParticipate from './en/participate.json';
import enQuestionnaire from './en/questionnaire.json';
import enStaff from './en/staff.json';
import nlCore from './nl/core.json';
import nlParticipate from './nl/participate.json';
import nlQuestionnaire from './nl/questionnaire.json';
import nlStaff from './nl/staff.json';

export const TRANSLATION_PARTS = {
  nl: [nlCore, nlParticipate, nlStaff, nlQuestionnaire],
  en: [enCore, enParticipate, enStaff, enQuestionnaire],
} as const;

export const TRANSLATIONS = {
  nl: Object.assign({}, ...TRANSLATION_PARTS.nl) as Record<string, unknown>,
  en: Object.assign({}, ...TRANSLATION_PARTS.en) as Record<string, unknown>,
};
