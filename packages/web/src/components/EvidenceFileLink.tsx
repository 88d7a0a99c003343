import { useTranslation } from '../app/i18n';
import { formatFileSize } from '../lib/file-size';

/** A download link for an evidence file, with its size; the server checks who may read it. */
export function EvidenceFileLink({
  file,
}: {
  file: { fileName?: string | null; fileSize?: number | null; downloadUrl?: string | null };
}) {
  const { i18n } = useTranslation();
  if (!file.downloadUrl) return null;
  return (
    <>
      <a href={file.downloadUrl} download={file.fileName ?? true}>
        {file.fileName}
      </a>
      {file.fileSize !== null && file.fileSize !== undefined && (
        <span className="muted"> ({formatFileSize(file.fileSize, i18n.language)})</span>
      )}
    </>
  );
}
