import type { EvidenceTarget } from '@nvtt/shared';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver, registerEnumType } from 'type-graphql';
import { useCaseContext, type RequestContext } from '../../graphql/context.js';
import { payloadType, toPayload } from '../../graphql/payload.js';
import { idOfType } from '../../graphql/relay.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { EvidenceTargetEnum, EvidenceType } from './evidence.type.js';

const EvidencePayload = payloadType(
  'EvidencePayload',
  'evidence',
  EvidenceType,
  'Result of adding or verifying evidence.',
);

const EvidenceVerdictEnum = { VERIFIED: 'VERIFIED', REJECTED: 'REJECTED' } as const;
registerEnumType(EvidenceVerdictEnum, {
  name: 'EvidenceVerdict',
  description: 'The focal agency’s verdict on a piece of evidence.',
  valuesConfig: {
    VERIFIED: { description: 'Verified (đã xác minh).' },
    REJECTED: { description: 'Rejected, with a note (không chấp nhận).' },
  },
});

@InputType({ description: 'An official document referenced as evidence.' })
class DocumentEvidenceInput {
  @Field(() => EvidenceTargetEnum, { description: 'What it supports.' })
  target: EvidenceTarget;

  @Field(() => Int, { nullable: true, description: 'For an output: its number in the task (from 1).' })
  outputNumber?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For a milestone report: the progress report it supports (ProgressReport.id), filed on a milestone.',
  })
  progressReport?: number | null;

  @Field(() => String, { description: 'What it is (trích yếu), at most 300 characters.' })
  title: string;

  @Field(() => String, { description: 'Document number, e.g. "125/QĐ-UBND".' })
  documentNumber: string;

  @Field(() => LocalDateScalar, { description: 'Document date.' })
  documentDate: string;

  @Field(() => String, { description: 'Issuing body.' })
  issuer: string;
}

@Resolver()
export class EvidenceMutations {
  @Mutation(() => EvidencePayload, {
    description: 'Reference an official document as evidence of a task’s delivery (CADRE).',
  })
  async evidenceAdd(
    @Ctx() ctx: RequestContext,
    @Arg('keyTask', () => ID, { description: 'The task the evidence supports (KeyTask.id).' }) keyTask: string,
    @Arg('input', () => DocumentEvidenceInput, {
      description: 'The document (minh chứng): title, number, date, issuer and what it proves.',
    })
    input: DocumentEvidenceInput,
  ) {
    return toPayload(
      await ctx.services.evidence.addDocument(useCaseContext(ctx), idOfType(keyTask, 'KeyTask') ?? -1, {
        target: input.target,
        outputNumber: input.outputNumber ?? null,
        progressReportId: input.progressReport ?? null,
        title: input.title,
        documentNumber: input.documentNumber,
        documentDate: input.documentDate,
        issuer: input.issuer,
      }),
    );
  }

  @Mutation(() => EvidencePayload, {
    description: 'Verify or reject a piece of evidence, with a note when rejecting (FOCAL).',
  })
  async evidenceVerify(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => Int, { description: 'The evidence’s number (Evidence.id).' }) id: number,
    @Arg('verdict', () => EvidenceVerdictEnum, { description: 'VERIFIED or REJECTED (xác nhận hoặc bác bỏ).' })
    verdict: 'VERIFIED' | 'REJECTED',
    @Arg('note', () => String, { nullable: true, description: 'Why, for the cadre (required when rejecting).' })
    note?: string | null,
  ) {
    return toPayload(await ctx.services.evidence.verify(useCaseContext(ctx), id, verdict, note ?? null));
  }
}
