package com.valorivx.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an EJB service method whose every call is a mutation the audit trail must record
 * (successful or refused). The method's {@code Caller} parameter names the tenant and the actor;
 * the target is the id of what the method returns, or its first id parameter. Details pass
 * through the one central redaction policy before they are stored.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

  /** The action as it appears in the trail, e.g. {@code tenant.suspend}. */
  @Nonbinding
  String value();
}
