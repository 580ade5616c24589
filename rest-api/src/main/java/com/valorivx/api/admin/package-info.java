/** Administration over REST: plans and tenants' plan assignment, usage, and billing reconciliation. */
package com.valorivx.api.admin;
