import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { CadreEntity, PositionEntity } from '../modules/cadre/cadre.entity.js';
import {
  CycleDeadlineEntity,
  CycleEntity,
  DeadlineExtensionEntity,
  FocalAgencyRuleEntity,
} from '../modules/cycle/cycle.entity.js';
import {
  AssignmentDecisionEntity,
  AssignmentDecisionTaskEntity,
  ChangeRequestEntity,
} from '../modules/decision/decision.entity.js';
import {
  ConclusionEntity,
  QualityRatingEntity,
  SelfAssessmentEntity,
} from '../modules/evaluation/evaluation.entity.js';
import { EvidenceEntity } from '../modules/evidence/evidence.entity.js';
import { AlignmentEntity, KeyTaskEntity, OutputProductEntity } from '../modules/key-task/key-task.entity.js';
import { MilestoneEntity, ProgressReportEntity } from '../modules/milestone/milestone.entity.js';
import { AppraisalEntity, OpinionEntity } from '../modules/opinion/opinion.entity.js';
import { OrgUnitEntity, OrgUnitSuccessorEntity } from '../modules/org-unit/org-unit.entity.js';

export const ENTITIES = [
  OrgUnitEntity,
  OrgUnitSuccessorEntity,
  CycleEntity,
  CycleDeadlineEntity,
  FocalAgencyRuleEntity,
  DeadlineExtensionEntity,
  CadreEntity,
  PositionEntity,
  KeyTaskEntity,
  OutputProductEntity,
  AlignmentEntity,
  MilestoneEntity,
  ProgressReportEntity,
  OpinionEntity,
  AppraisalEntity,
  AssignmentDecisionEntity,
  AssignmentDecisionTaskEntity,
  ChangeRequestEntity,
  SelfAssessmentEntity,
  ConclusionEntity,
  QualityRatingEntity,
  AuditEventEntity,
  EvidenceEntity,
];
