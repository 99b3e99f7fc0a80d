import { sameOriginSocketUrl, useAuthStore, useTenantStore } from '@zhengcai/web-kit';
import { computed, onBeforeUnmount, ref, shallowRef, watch, type MaybeRefOrGetter, toValue } from 'vue';
import { useI18n } from 'vue-i18n';
import { connectRoom, type RoomStatus } from './room-client';
import { emptyRoom, formatCountdown, remainingMs, type RoomState } from './room-state';

/** The room of one auction for a page: live state, connection status and a countdown on the server's clock. */
export function useAuctionRoom(auctionId: MaybeRefOrGetter<string>, enabled: MaybeRefOrGetter<boolean> = true) {
  const { locale } = useI18n();
  const auth = useAuthStore();
  const tenants = useTenantStore();
  const room = shallowRef<RoomState>(emptyRoom());
  const status = ref<RoomStatus>('connecting');
  const error = shallowRef<unknown>(null);
  const tick = ref(Date.now());
  const timer = setInterval(() => (tick.value = Date.now()), 250);
  let stop: (() => void) | null = null;

  watch(
    [() => tenants.current?.code, () => toValue(auctionId), () => auth.signedIn, () => toValue(enabled)],
    ([tenant, id, , on]) => {
      stop?.();
      stop = null;
      room.value = emptyRoom();
      error.value = null;
      if (!tenant || !on) return;
      stop = connectRoom({
        url: sameOriginSocketUrl(),
        auctionId: id,
        locale: locale.value,
        connectionParams: async () => {
          const token = auth.signedIn ? await auth.validAccessToken() : null;
          return { 'x-tenant': tenant, 'accept-language': locale.value, ...(token ? { authorization: `Bearer ${token}` } : {}) };
        },
        onState: (s) => (room.value = s),
        onStatus: (s) => (status.value = s),
        onError: (e) => (error.value = e),
      });
    },
    { immediate: true },
  );
  onBeforeUnmount(() => {
    clearInterval(timer);
    stop?.();
  });

  const left = computed(() => (room.value.event ? remainingMs(room.value.event.endsAt, room.value.offsetMs, tick.value) : null));
  const countdown = computed(() => (left.value == null ? null : formatCountdown(left.value)));
  return { room, status, error, left, countdown, offsetMs: computed(() => room.value.offsetMs) };
}
