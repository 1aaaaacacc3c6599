import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// unmount what each test rendered, so queries see only the next test's screen
afterEach(cleanup);
