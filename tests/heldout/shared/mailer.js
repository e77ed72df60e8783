'use strict';

async function sendWelcome(email, locale) {
  return { email, locale, template: 'welcome' };
}

module.exports = { sendWelcome };
