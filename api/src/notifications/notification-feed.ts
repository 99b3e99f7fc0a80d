/** Live in-app notices go through the shared Redis feed (`platform/live`): one channel per user. */
export function notificationChannel(tenantId: string, userId: string): string {
  return `notifications:${tenantId}:${userId}`;
}
