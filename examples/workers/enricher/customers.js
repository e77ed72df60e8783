'use strict';

const CUSTOMERS_API = process.env.CUSTOMERS_API || 'http://customers:8080';

async function fetchCustomer(id) {
  const res = await fetch(`${CUSTOMERS_API}/customers/${encodeURIComponent(id)}`, {
    signal: AbortSignal.timeout(2000),
  });
  if (!res.ok) throw new Error(`customers API answered ${res.status} for ${id}`);
  return res.json();
}

module.exports = { fetchCustomer };
