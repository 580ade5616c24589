/** Browser tests of the screens: Selenium driving Debian's headless Chromium against the running EAR. */
package com.valorivx.system.web;
