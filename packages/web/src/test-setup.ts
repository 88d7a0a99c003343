import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18n } from './app/i18n';

void i18n.changeLanguage('vi');
// findBy*/waitFor wait 1 s by default; lazy chunks and mocked answers can take longer on a busy
// 2-core CI machine (a sort test timed out there while passing alone). Still bounded: a missing
// element fails after 5 s.
configure({ asyncUtilTimeout: 5000 });
afterEach(() => cleanup());
