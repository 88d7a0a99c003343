/**
 * The dashboard's figures are read-only tables of plain rows, never entities another screen edits,
 * and each is asked for by one card. Normalising them into Apollo's cache cost more main-thread
 * time than anything else on the page (writing, then re-reading, a few thousand fields), so the
 * cards keep their answer to themselves and ask again when they mount.
 */
export const FIGURES = { fetchPolicy: 'no-cache' } as const;
