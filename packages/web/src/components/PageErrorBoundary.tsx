import { Component, type ReactNode } from 'react';
import { useTranslation } from '../app/i18n';

interface State {
  readonly failed: boolean;
}

/**
 * A page that cannot be drawn (its code failed to load, often because a new version was deployed
 * since the tab opened, or it threw) shows what happened and a way out, instead of a blank screen.
 * Keyed by the address where it is used, so going elsewhere starts afresh. (React itself reports the
 * error in the browser's console.)
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

function PageFailed() {
  const { t } = useTranslation();
  return (
    <div className="state state--error" role="alert">
      <p>{t('status.pageFailed')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('status.reload')}
      </button>
    </div>
  );
}
