// Shows a push notice and opens its page when clicked (docs/notifications.md).
self.addEventListener('push', (event) => {
  const notice = event.data ? event.data.json() : {};
  event.waitUntil(self.registration.showNotification(notice.title || '通知', { body: notice.body || '', tag: notice.id, data: { url: notice.url } }));
});
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  if (event.notification.data && event.notification.data.url) event.waitUntil(self.clients.openWindow(event.notification.data.url));
});
