import { EVIDENCE_TARGETS, EVIDENCE_VERIFICATIONS, type EvidenceTarget, type EvidenceVerification } from '@nvtt/shared';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { registerVocabulary } from '../../graphql/enums.js';
import { LocalDateScalar } from '../../graphql/scalars.js';

export const EvidenceVerificationEnum = registerVocabulary(
  EVIDENCE_VERIFICATIONS,
  'EvidenceVerification',
  'Whether the focal agency has checked a piece of evidence (xác minh).',
);
export const EvidenceTargetEnum = registerVocabulary(
  EVIDENCE_TARGETS,
  'EvidenceTarget',
  'What a piece of evidence supports.',
);

@ObjectType('Evidence', {
  description: 'A proof of delivery (minh chứng): an official document referenced, with its verification.',
})
export class EvidenceType {
  @Field(() => Int, { description: 'Identifier within the system, to verify it.' })
  id: number;

  @Field(() => EvidenceTargetEnum, { description: 'What it supports.' })
  target: EvidenceTarget;

  @Field(() => Int, { nullable: true, description: 'For an output: its number in the task (from 1).' })
  outputOrdinal: number | null;

  @Field(() => String, { description: 'What it is (trích yếu).' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Document number (số văn bản).' })
  documentNumber: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Document date (ngày văn bản).' })
  documentDate: string | null;

  @Field(() => String, { nullable: true, description: 'Issuing body (cơ quan ban hành).' })
  issuer: string | null;

  @Field(() => EvidenceVerificationEnum, { description: 'Verification by the focal agency.' })
  verification: EvidenceVerification;

  @Field(() => String, { nullable: true, description: 'The verifier’s note (required when rejected).' })
  verificationNote: string | null;

  @Field(() => String, { nullable: true, description: 'Who verified it.' })
  verifiedByLabel: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was verified.' })
  verifiedAt: Date | null;

  @Field(() => String, { description: 'Who added it.' })
  addedByLabel: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was added.' })
  addedAt: Date;
}
