// The names pass (stub until its issue lands).
import type { Pass } from '../pass';

export const namesPass: Pass = {
  id: 'names',
  run() {
    // filled in by the names issue
  },
};
