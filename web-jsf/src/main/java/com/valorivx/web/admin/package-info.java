/** Administration screens: the tenant's plan and usage, and billing reconciliation for operators. */
package com.valorivx.web.admin;
