// The events pass (stub until its issue lands).
import type { Pass } from '../pass';

export const eventsPass: Pass = {
  id: 'events',
  run() {
    // filled in by the events issue
  },
};
