/** Escapes LIKE/ILIKE wildcards so user text always matches literally (used with ESCAPE '\\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
