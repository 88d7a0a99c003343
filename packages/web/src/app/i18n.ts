/**
 * The UI's translations: Vietnamese first, English available. Pages import `useTranslation` from
 * here (never from a library), with the call shapes react-i18next gave them: `const { t, i18n } =
 * useTranslation()`, `t('a.b', { name, count })`, `i18n.language`, `i18n.changeLanguage('en')`.
 *
 * Why our own rather than i18next + react-i18next (≈17 KB gzip on every page, the largest part of
 * the first screen after React and Apollo): the app uses one namespace, nested keys, `{{name}}`
 * interpolation and i18next's plural keys (`key_one`/`key_other`, chosen by Intl.PluralRules),
 * which fit in about 1 KB. The locale bundles keep i18next's format, so nothing in them changed;
 * the small libraries that exist (rosetta, @nanostores/i18n, talkr) use other formats or lack plurals.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { Locale } from '@nvtt/shared';
import { vi } from '../locales/vi';

const STORAGE_KEY = 'nvtt.locale';
const FALLBACK: Locale = 'vi';

type Tree = { [key: string]: unknown };
/** Values for `{{name}}`; a numeric `count` also picks the plural form (a string one is only text). */
export type TOptions = Record<string, unknown>;
export type TFunction = (key: string, options?: TOptions) => string;

function initialLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

function merge(target: Tree, source: Tree, overwrite: boolean): void {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (isTree(value) && isTree(current)) merge(current, value, overwrite);
    else if (current === undefined || overwrite) target[key] = isTree(value) ? structuredClone(value) : value;
  }
}

function lookup(tree: Tree, path: string): unknown {
  let node: unknown = tree;
  for (const part of path.split('.')) {
    if (!isTree(node)) return undefined;
    node = node[part];
  }
  return node;
}

// `{{name}}` and `{{ user.name }}`; a value missing from the options leaves the placeholder visible.
function interpolate(text: string, options: TOptions | undefined): string {
  if (!options || !text.includes('{{')) return text;
  return text.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (placeholder, name: string) => {
    const value = lookup(options, name);
    return value === undefined || value === null ? placeholder : String(value);
  });
}

type Listener = () => void;
type Loader = () => Promise<Tree>;

class Translations {
  /** Vietnamese until `changeLanguage` (main.tsx applies the stored choice before the first render). */
  language: Locale = 'vi';
  private readonly resources: Record<Locale, Tree> = { vi: {}, en: {} };
  private readonly listeners = new Set<Listener>();
  private readonly languageListeners = new Set<(language: Locale) => void>();
  private readonly loaders: Record<Locale, Loader[]> = { vi: [], en: [] };
  private readonly loading = new Map<Loader, Promise<void>>();
  private version = 0;

  /** The text for a key in the current language (then Vietnamese), or the key itself when none has it. */
  readonly t: TFunction = (key, options) => {
    for (const language of this.language === FALLBACK ? [FALLBACK] : [this.language, FALLBACK]) {
      const tree = this.resources[language];
      const count = options?.count;
      const candidates =
        typeof count === 'number'
          ? [...(count === 0 ? [`${key}_zero`] : []), `${key}_${new Intl.PluralRules(language).select(count)}`, key]
          : [key];
      for (const candidate of candidates) {
        const text = lookup(tree, candidate);
        if (typeof text === 'string') return interpolate(text, options);
      }
    }
    return key;
  };

  /** Adds strings (deep-merged; existing ones kept unless `overwrite`): feature chunks bring their own. */
  addResourceBundle(language: Locale, namespace: 'translation', bundle: Tree, _deep = true, overwrite = false): this {
    void namespace; // one namespace in this app; the argument keeps i18next's call shape
    merge(this.resources[language], bundle, overwrite);
    this.emit();
    return this;
  }

  /**
   * Strings fetched only when their language is in use: English is the exception here, so its
   * bundles stay out of every first screen. Pages wait for them through `whenLoaded` (app/lazy-page).
   */
  addLazyBundle(language: Locale, load: Loader): Promise<void> {
    this.loaders[language].push(load);
    return language === this.language ? this.load(language, load) : Promise.resolve();
  }

  private load(language: Locale, load: Loader): Promise<void> {
    let loading = this.loading.get(load);
    if (!loading) {
      loading = load().then(
        (bundle) => void this.addResourceBundle(language, 'translation', bundle, true, true),
        // Offline or a failed deploy: the texts fall back to Vietnamese; the next switch tries again.
        () => void this.loading.delete(load),
      );
      this.loading.set(load, loading);
    }
    return loading;
  }

  /** Resolves when the current language's bundles asked for so far are in (at once when they are). */
  whenLoaded(): Promise<void> {
    const language = this.language;
    return Promise.all(this.loaders[language].map((load) => this.load(language, load))).then(() => undefined);
  }

  /** Switches once the language's lazy bundles are in; `document.lang` and the stored choice follow. */
  async changeLanguage(language: string): Promise<TFunction> {
    const next: Locale = language === 'en' ? 'en' : 'vi';
    await Promise.all(this.loaders[next].map((load) => this.load(next, load)));
    if (next !== this.language) {
      this.language = next;
      this.emit();
      for (const listener of this.languageListeners) listener(next);
    }
    return this.t;
  }

  on(_event: 'languageChanged', listener: (language: Locale) => void): void {
    this.languageListeners.add(listener);
  }

  off(_event: 'languageChanged', listener: (language: Locale) => void): void {
    this.languageListeners.delete(listener);
  }

  /** For useSyncExternalStore: changes when the language changes or strings are added. */
  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly snapshot = (): string => `${this.language}:${this.version}`;

  private emit(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

export const i18n = new Translations();
i18n.addResourceBundle('vi', 'translation', vi);
void i18n.addLazyBundle('en', () => import('../locales/en').then((module) => module.en));

/** The language chosen on this browser before, applied (its strings loaded) before the first render. */
export function applyStoredLocale(): Promise<TFunction> {
  return i18n.changeLanguage(initialLocale());
}

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
});

export function currentLocale(): Locale {
  return i18n.language;
}

/** `t` in the current language; the component renders again when the language changes. */
export function useTranslation(): { t: TFunction; i18n: Translations } {
  const snapshot = useSyncExternalStore(i18n.subscribe, i18n.snapshot);
  // A new `t` for each language (and each added bundle), so memoised texts follow a switch.
  return useMemo(() => translatorOf(snapshot), [snapshot]);
}

/** A `t` made for one snapshot of the translations (the argument only tells snapshots apart). */
function translatorOf(_snapshot: string): { t: TFunction; i18n: Translations } {
  return { t: (key, options) => i18n.t(key, options), i18n };
}
