/** Jobs of the caller's tenant: read status, progress and result, and cancel. */
package com.valorivx.api.job;
