import { defineStore } from 'pinia';
import { ref } from 'vue';

/** Bumped when notices change here (marked read) or arrive live, so the bell and the centre reload. */
export const useNotificationSignal = defineStore('notification-signal', () => {
  const version = ref(0);
  return { version, bump: () => void version.value++ };
});
