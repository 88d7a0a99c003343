import { EVIDENCE_TARGETS, EVIDENCE_VERIFICATIONS, type EvidenceTarget, type EvidenceVerification } from '@nvtt/shared';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';
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

export const EvidenceKindEnum = { DOCUMENT: 'DOCUMENT', FILE: 'FILE' } as const;
registerEnumType(EvidenceKindEnum, {
  name: 'EvidenceKind',
  description: 'What a piece of evidence is.',
  valuesConfig: {
    DOCUMENT: { description: 'An official document referenced by number, date and issuer (văn bản).' },
    FILE: { description: 'An uploaded file (tệp đính kèm).' },
  },
});

@ObjectType('Evidence', {
  description: 'A proof of delivery (minh chứng): an official document referenced or a file, with its verification.',
})
export class EvidenceType {
  @Field(() => Int, { description: 'Identifier within the system, to verify it.' })
  id: number;

  @Field(() => EvidenceTargetEnum, { description: 'What it supports.' })
  target: EvidenceTarget;

  @Field(() => Int, { nullable: true, description: 'For an output: its number in the task (from 1).' })
  outputOrdinal: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For a milestone report: the progress report it supports (ProgressReport.id).',
  })
  progressReportId: number | null;

  @Field(() => EvidenceKindEnum, { description: 'A referenced official document, or an uploaded file.' })
  kind: 'DOCUMENT' | 'FILE';

  @Field(() => String, { description: 'What it is (trích yếu).' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Document number (số văn bản).' })
  documentNumber: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Document date (ngày văn bản).' })
  documentDate: string | null;

  @Field(() => String, { nullable: true, description: 'Issuing body (cơ quan ban hành).' })
  issuer: string | null;

  @Field(() => String, { nullable: true, description: 'For a file: its name as uploaded (tên tệp).' })
  fileName: string | null;

  @Field(() => Int, { nullable: true, description: 'For a file: its size in bytes.' })
  fileSize: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a file: its media type, detected from the content (e.g. application/pdf).',
  })
  contentType: string | null;

  @Field(() => String, { nullable: true, description: 'For a file: SHA-256 of its bytes, in hex (mã kiểm tra).' })
  sha256: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a file: the URL it downloads from (same origin; needs the session or a token with DOSSIERS).',
  })
  downloadUrl: string | null;

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
