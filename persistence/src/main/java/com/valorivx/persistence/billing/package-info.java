/** Plans and their assignment to tenants, metered usage counters and received billing events (native SQL). */
package com.valorivx.persistence.billing;
