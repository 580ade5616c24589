/** Administration screens: the audit trail viewer with verification, export and legal holds. */
package com.valorivx.web.admin;
