import { GraphiQL } from 'graphiql';
import { useMemo, useState } from 'react';
import type { Boot } from './boot';
import { exampleTabs } from './examples';
import { createFetcher } from './fetcher';

/**
 * GraphiQL with the schema from the committed SDL (no introspection needed, so every signed-in
 * user gets docs and autocomplete) and the analysts' example operations as tabs. Requests carry
 * the session cookie, or a pasted API token instead.
 */
export function App({ boot }: { boot: Boot }) {
  const [draft, setDraft] = useState('');
  const [token, setToken] = useState('');
  // A new fetcher when the token changes; the schema comes from the SDL, so nothing is refetched.
  const fetcher = useMemo(() => createFetcher(token), [token]);
  const tabs = useMemo(() => exampleTabs(boot), [boot]);

  const who =
    token !== ''
      ? 'Dùng khóa API đã dán (using the pasted API token)'
      : boot.viewerName !== null
        ? `Đã đăng nhập: ${boot.viewerName} (signed in)`
        : 'Chưa đăng nhập: đăng nhập ở bảng điều khiển hoặc dán khóa API (not signed in: sign in on the dashboard or paste an API token)';

  return (
    <div className="explorer">
      <header className="explorer-bar">
        <a className="explorer-home" href="/">
          NVTT
        </a>
        <span className="explorer-who" data-testid="explorer-who">
          {who}
        </span>
        <form
          className="explorer-token"
          onSubmit={(event) => {
            event.preventDefault();
            setToken(draft.trim());
          }}
        >
          <label htmlFor="explorer-token">Khóa API (token)</label>
          <input
            id="explorer-token"
            type="password"
            autoComplete="off"
            placeholder="nvtt_…"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit">{draft.trim() === '' && token !== '' ? 'Bỏ khóa (clear)' : 'Dùng (use)'}</button>
        </form>
        <a href="/schema.graphql" download="schema.graphql">
          schema.graphql
        </a>
      </header>
      <div className="explorer-ide">
        <GraphiQL
          fetcher={fetcher}
          schema={boot.schema}
          defaultTabs={tabs}
          // The first tab's editors are built from these; without them it opens with empty variables.
          initialQuery={tabs[0]?.query}
          initialVariables={tabs[0]?.variables}
          defaultEditorToolsVisibility="variables"
          shouldPersistHeaders={false}
        />
      </div>
    </div>
  );
}
