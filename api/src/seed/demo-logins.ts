import { formatDemoLogins } from './demo-people.js';
import { DEMO_TENANTS } from './demo-tenants.js';

/** Prints the demo logins (scripts/up shows them with the URLs). */
console.log(formatDemoLogins(DEMO_TENANTS));
