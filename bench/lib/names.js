// Vocabulary shared by the code and config generators.

export const ENTITIES = [
  'Order', 'Payment', 'Invoice', 'Customer', 'Shipment', 'Product', 'Inventory', 'Account',
  'Subscription', 'Notification', 'Refund', 'Cart', 'Review', 'Coupon', 'Warehouse', 'Delivery',
  'User', 'Session', 'Ledger', 'Transfer', 'Booking', 'Ticket', 'Quote', 'Claim', 'Device',
];

export const FIELDS = [
  ['customerId', 'string'], ['amount', 'number'], ['currency', 'string'], ['quantity', 'number'],
  ['email', 'string'], ['note', 'string | undefined'], ['tags', 'string[]'], ['priority', 'number'],
  ['region', 'string'], ['updatedAt', 'Date'], ['version', 'number'], ['archived', 'boolean'],
  ['reference', 'string'], ['score', 'number'], ['metadata', 'Record<string, string>'],
];

export const STATUSES = ['Pending', 'Active', 'Completed', 'Cancelled', 'Failed', 'OnHold', 'Archived'];

export const TEAMS = ['checkout', 'billing', 'fulfilment', 'identity', 'catalog', 'search', 'risk', 'growth', 'ledger', 'support'];

export const lcFirst = (s) => s[0].toLowerCase() + s.slice(1);
export const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
export const snake = (s) => kebab(s).replace(/-/g, '_');
export const plural = (s) => (s.endsWith('y') && !/[aeiou]y$/.test(s) ? `${s.slice(0, -1)}ies` : s.endsWith('s') ? `${s}es` : `${s}s`);
