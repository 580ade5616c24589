/** Jobs: long work of a tenant (status, progress, result or error), run outside the request. */
package com.valorivx.persistence.job;
