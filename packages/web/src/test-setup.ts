import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18n } from './app/i18n';

void i18n.changeLanguage('vi');
afterEach(() => cleanup());
