/** Named, editable model scenarios of a tenant, guarded by optimistic locking. */
package com.valorivx.persistence.scenario;
