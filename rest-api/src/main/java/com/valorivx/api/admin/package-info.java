/** Administration over REST: the audit trail, its verification, export, retention purge and legal holds. */
package com.valorivx.api.admin;
