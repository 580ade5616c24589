/** Start-up and liveness of the application itself: schema migration and database health. */
package com.valorivx.platform;
