/** The tamper-evident audit trail: what every mutation leaves behind, and its verification. */
package com.valorivx.audit;
