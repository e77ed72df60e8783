'use strict';

async function lookup(ip) {
  return { ip, country: 'FR', city: 'Lyon' };
}

module.exports = { lookup };
