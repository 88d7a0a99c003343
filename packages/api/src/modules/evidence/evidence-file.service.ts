import { EVIDENCE_TARGETS, isCodeOf, normalizeText, type EvidenceTarget } from '@nvtt/shared';
import type { DataSource } from 'typeorm';
import { taskScopeSql, type TaskScope } from '../../auth/scope.js';
import { UserErrorsException, userError, type UserError } from '../../graphql/user-error.js';
import { lockTask } from '../../workflow/key-task-workflow.js';
import { recordAudit, runUseCase, type UseCaseContext, type UseCaseResult } from '../../workflow/use-case.js';
import { EvidenceEntity } from './evidence.entity.js';
import { checkTarget, referenceOf, requireRule, text } from './evidence.service.js';

/** A file already received and checked (type from its content, size, checksum), to be recorded. */
export interface ReceivedEvidenceFile {
  readonly target: string;
  readonly outputNumber: number | null;
  readonly progressReportId: number | null;
  /** What it is; the file name when left blank. */
  readonly title: string;
  readonly fileName: string;
  readonly fileSize: number;
  readonly contentType: string;
  readonly sha256: string;
}

/** What a download needs to know; only for evidence the reader may see. */
export interface EvidenceDownload {
  readonly id: number;
  readonly fileName: string;
  readonly fileSize: number;
  readonly contentType: string;
  readonly sha256: string;
}

const DOWNLOAD_SQL = `
  SELECT e.id, e.file_name AS "fileName", e.file_size AS "fileSize", e.content_type AS "contentType", e.sha256
  FROM evidence e JOIN key_task t ON t.id = e.key_task_id
  WHERE e.id = $1 AND e.kind = 'FILE' AND SCOPE`;

const INSERT_FILE_SQL = `
  INSERT INTO evidence (key_task_id, target, output_ordinal, progress_report_id, kind, title, file_name, file_size,
                        content_type, sha256, added_by_label, added_at)
  VALUES ($1, $2, $3, $4, 'FILE', $5, $6, $7, $8, $9, $10, $11) RETURNING id`;

/** The name a file is listed and downloaded under: no folders, no control characters, NFC, ≤ 255. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  return normalizeText(base.replace(/\p{Cc}/gu, '')).slice(0, 255);
}

/** Evidence files: recorded with their audit event in one transaction; read back within scope. */
export class EvidenceFileService {
  constructor(private readonly dataSource: DataSource) {}

  addFile(ctx: UseCaseContext, taskId: number, file: ReceivedEvidenceFile): Promise<UseCaseResult<EvidenceEntity>> {
    return runUseCase(this.dataSource, async (db) => {
      const task = await lockTask(db, taskId, ctx);
      requireRule(ctx, task, 'ADD');
      const errors: UserError[] = [];
      if (!isCodeOf(EVIDENCE_TARGETS, file.target)) {
        errors.push(
          userError(
            'INVALID_INPUT',
            {
              vi: 'Chọn minh chứng cho nhiệm vụ, sản phẩm, báo cáo mốc tiến độ hay bản tự đánh giá.',
              en: 'Choose what the file supports.',
            },
            { field: ['target'] },
          ),
        );
        throw new UserErrorsException(errors);
      }
      const target: EvidenceTarget = file.target;
      const title = text(errors, normalizeText(file.title) || file.fileName, 'title', 300);
      const reference = { target, outputNumber: file.outputNumber, progressReportId: file.progressReportId };
      await checkTarget(db, errors, task.id, reference);
      if (errors.length) throw new UserErrorsException(errors);
      const [{ id }] = await db.query(INSERT_FILE_SQL, [
        task.id,
        target,
        file.outputNumber,
        file.progressReportId,
        title,
        file.fileName,
        file.fileSize,
        file.contentType,
        file.sha256,
        ctx.actor.label,
        ctx.now,
      ]);
      await recordAudit(db, ctx, {
        entityType: 'KeyTask',
        entityId: task.id,
        action: 'ADD_EVIDENCE',
        fromState: task.state,
        toState: task.state,
        data: {
          evidenceId: id,
          target,
          ...referenceOf(reference),
          fileName: file.fileName,
          fileSize: file.fileSize,
          sha256: file.sha256,
        },
      });
      return db.getRepository(EvidenceEntity).findOneByOrFail({ id });
    });
  }

  /** The file's facts when it exists and its task is within the reader's scope; else null (answered as 404). */
  async findForDownload(scope: TaskScope, evidenceId: number): Promise<EvidenceDownload | null> {
    const visible = taskScopeSql(scope, 't', 2);
    const [row] = await this.dataSource.query(DOWNLOAD_SQL.replace('SCOPE', visible.sql), [
      evidenceId,
      ...visible.params,
    ]);
    return (row as EvidenceDownload | undefined) ?? null;
  }
}
