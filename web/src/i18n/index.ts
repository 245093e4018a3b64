// Each feature owns its translation files; they are merged per language here.
// Keys must not collide between files (the i18n unit test checks that).
import enAgenda from './en/agenda.json';
import enCore from './en/core.json';
import enParticipate from './en/participate.json';
import enPrioritise from './en/prioritise.json';
import enQuestionnaire from './en/questionnaire.json';
import enStaff from './en/staff.json';
import enSynthesis from './en/synthesis.json';
import nlAgenda from './nl/agenda.json';
import nlCore from './nl/core.json';
import nlParticipate from './nl/participate.json';
import nlPrioritise from './nl/prioritise.json';
import nlQuestionnaire from './nl/questionnaire.json';
import nlStaff from './nl/staff.json';
import nlSynthesis from './nl/synthesis.json';

export const TRANSLATION_PARTS = {
  nl: [nlCore, nlParticipate, nlStaff, nlSynthesis, nlPrioritise, nlAgenda, nlQuestionnaire],
  en: [enCore, enParticipate, enStaff, enSynthesis, enPrioritise, enAgenda, enQuestionnaire],
} as const;

export const TRANSLATIONS = {
  nl: Object.assign({}, ...TRANSLATION_PARTS.nl) as Record<string, unknown>,
  en: Object.assign({}, ...TRANSLATION_PARTS.en) as Record<string, unknown>,
};
