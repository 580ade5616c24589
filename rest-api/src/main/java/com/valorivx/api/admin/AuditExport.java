package com.valorivx.api.admin;

import com.valorivx.audit.AuditEntryView;
import com.valorivx.audit.AuditService;
import com.valorivx.governance.Caller;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams a tenant's entries within [from, to) as CSV or as a JSON array, one keyset-paged batch at
 * a time (sequence number above the last one written), flushing after each: the range is never
 * held in memory whole.
 */
final class AuditExport {

  static final String[] COLUMNS = {"id", "tenantId", "seq", "occurredAt", "actor", "action", "target", "requestId",
      "outcome", "details", "prevHash", "hash", "legalHold", "legalHoldReason"};

  private AuditExport() {
  }

  /** Calls {@code each} per batch until the range is exhausted. */
  private interface BatchWriter {
    void write(List<AuditEntryView> batch) throws java.io.IOException;
  }

  private static void batches(AuditService audit, Caller caller, UUID tenant, String from, String to,
      BatchWriter each) throws java.io.IOException {
    long after = 0;
    while (true) {
      List<AuditEntryView> batch = audit.exportBatch(caller, tenant, from, to, after, AuditService.BATCH_SIZE);
      if (batch.isEmpty()) {
        return;
      }
      each.write(batch);
      after = batch.get(batch.size() - 1).seq();
      if (batch.size() < AuditService.BATCH_SIZE) {
        return;
      }
    }
  }

  static StreamingOutput csv(AuditService audit, Caller caller, UUID tenant, String from, String to) {
    return out -> {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get());
      batches(audit, caller, tenant, from, to, batch -> {
        for (AuditEntryView e : batch) {
          csv.printRecord(e.id(), e.tenantId(), e.seq(), DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()),
              e.actor(), e.action(), e.target(), e.requestId(), e.outcome(), e.detailsJson(), e.prevHash(), e.hash(),
              e.legalHold(), e.legalHoldReason());
        }
        csv.flush();
      });
      csv.flush();
    };
  }

  static StreamingOutput json(AuditService audit, Caller caller, UUID tenant, String from, String to) {
    return out -> {
      JsonGenerator json = Json.createGenerator(out);
      json.writeStartArray();
      batches(audit, caller, tenant, from, to, batch -> {
        for (AuditEntryView e : batch) {
          AuditEntryResponse r = AuditEntryResponse.of(e);
          json.writeStartObject()
              .write("id", r.id().toString())
              .write("tenantId", r.tenantId().toString())
              .write("seq", r.seq())
              .write("occurredAt", DateTimeFormatter.ISO_INSTANT.format(r.occurredAt()))
              .write("actor", r.actor())
              .write("action", r.action());
          writeNullable(json, "target", r.target());
          writeNullable(json, "requestId", r.requestId());
          json.write("outcome", r.outcome())
              .write("details", r.details())
              .write("prevHash", r.prevHash())
              .write("hash", r.hash())
              .write("legalHold", r.legalHold());
          writeNullable(json, "legalHoldReason", r.legalHoldReason());
          json.writeEnd();
        }
        json.flush();
      });
      json.writeEnd();
      json.close();
    };
  }

  private static void writeNullable(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }
}
