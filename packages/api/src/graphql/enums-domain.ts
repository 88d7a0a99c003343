import {
  ALIGNMENT_AREAS,
  ALIGNMENT_SOURCES,
  KEY_TASK_ACTIONS,
  KEY_TASK_OUTCOMES,
  KEY_TASK_STATES,
  QUALITY_RATING_LEVELS,
  REGISTRATION_RULES,
} from '@nvtt/shared';
import { registerVocabulary } from './enums.js';

export const KeyTaskStateEnum = registerVocabulary(
  KEY_TASK_STATES,
  'KeyTaskState',
  'State of a key task in its life (trạng thái).',
);
export const KeyTaskActionEnum = registerVocabulary(
  KEY_TASK_ACTIONS,
  'KeyTaskAction',
  'A business action on a key task, as in the transition table (thao tác).',
);
export const KeyTaskOutcomeEnum = registerVocabulary(
  KEY_TASK_OUTCOMES,
  'KeyTaskOutcome',
  'Outcome of one key task (mức độ hoàn thành), after rule 366-QĐ/TW.',
);
export const QualityRatingLevelEnum = registerVocabulary(
  QUALITY_RATING_LEVELS,
  'QualityRatingLevel',
  'The official year-end rating (xếp loại chất lượng), entered by the decision body.',
);
export const AlignmentSourceEnum = registerVocabulary(
  ALIGNMENT_SOURCES,
  'AlignmentSource',
  'Document a key task follows (căn cứ, định hướng).',
);
export const AlignmentAreaEnum = registerVocabulary(
  ALIGNMENT_AREAS,
  'AlignmentArea',
  'Goal area a key task serves (lĩnh vực).',
);
export const RegistrationRuleEnum = registerVocabulary(
  REGISTRATION_RULES,
  'RegistrationRule',
  'A registration rule of Regulation 622 (quy tắc đăng ký).',
);
