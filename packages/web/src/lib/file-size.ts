/** "1,5 MB", "820 KB" — sizes the way people read them. */
export function formatFileSize(bytes: number, locale: string): string {
  const format = (value: number) =>
    value.toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${format(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} KB`;
  return `${bytes} B`;
}
