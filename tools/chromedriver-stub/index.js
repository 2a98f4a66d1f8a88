'use strict';
// Debian's chromedriver (apt chromium-driver); tachometer and selenium-webdriver read `path`.
exports.path = process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver';
exports.version = 'debian';
