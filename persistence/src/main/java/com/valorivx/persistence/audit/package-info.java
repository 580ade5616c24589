/** The audit trail's rows: entries of each tenant's hash chain, and the chain heads. */
package com.valorivx.persistence.audit;
