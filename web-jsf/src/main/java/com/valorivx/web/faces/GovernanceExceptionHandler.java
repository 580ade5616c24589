package com.valorivx.web.faces;

import com.valorivx.governance.FeatureNotInPlanException;
import com.valorivx.governance.Quota;
import com.valorivx.governance.QuotaExceededException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * Turns the plan's refusals — a feature outside the plan (403 in the API) and a used-up quota (429) —
 * into a clear page message wherever a page calls a service, instead of the error page. Everything
 * else goes on to the default handling.
 */
public class GovernanceExceptionHandler extends ExceptionHandlerWrapper {

  public GovernanceExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      String message = message(events.next().getContext().getException());
      if (message != null) {
        Messages.error(message);
        events.remove();
      }
    }
    super.handle();
  }

  /** The page message for a governance refusal anywhere in the cause chain, else null. */
  static String message(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof FeatureNotInPlanException feature) {
        return "Your plan (" + feature.plan() + ") does not include " + feature.feature()
            + ". An operator can move your organisation to a plan that does (Plan & usage).";
      }
      if (t instanceof QuotaExceededException quota) {
        if (quota.quota() == Quota.SEATS) {
          return "All " + quota.limit() + " seats of your plan are taken.";
        }
        long days = (quota.resetSeconds() + 86_399) / 86_400;
        return "The " + quota.quota().apiName() + " quota of your plan (" + quota.limit()
            + " a month) is used up; it resets in " + days + (days == 1 ? " day." : " days.");
      }
    }
    return null;
  }

  /** Installs the handler (faces-config.xml). */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new GovernanceExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
