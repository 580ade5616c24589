package com.valorivx.audit;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an export of audit entries as CSV (RFC 4180) or as a JSON array, one keyset-paged batch at
 * a time (the entries after the last sequence number written), flushing after each batch: however
 * long the range, only one batch is in memory. Used by the API and by the screens' download links.
 */
public final class AuditExportWriter {

  public static final String[] COLUMNS = {"id", "tenantId", "seq", "occurredAt", "actor", "action", "target",
      "requestId", "outcome", "details", "prevHash", "hash", "legalHold", "legalHoldReason"};

  /** The next batch: entries with a sequence number above {@code afterSeq}, in chain order; empty at the end. */
  @FunctionalInterface
  public interface Batches {
    List<AuditEntryView> after(long afterSeq);
  }

  private interface BatchWriter {
    void write(List<AuditEntryView> batch) throws IOException;
  }

  private AuditExportWriter() {
  }

  public static void csv(OutputStream out, Batches batches) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get());
    each(batches, batch -> {
      for (AuditEntryView e : batch) {
        csv.printRecord(e.id(), e.tenantId(), e.seq(), DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()),
            e.actor(), e.action(), e.target(), e.requestId(), e.outcome(), e.detailsJson(), e.prevHash(), e.hash(),
            e.legalHold(), e.legalHoldReason());
      }
      csv.flush();
    });
    csv.flush();
  }

  public static void json(OutputStream out, Batches batches) throws IOException {
    JsonGenerator json = Json.createGenerator(out);
    json.writeStartArray();
    each(batches, batch -> {
      for (AuditEntryView e : batch) {
        json.writeStartObject()
            .write("id", e.id().toString())
            .write("tenantId", e.tenantId().toString())
            .write("seq", e.seq())
            .write("occurredAt", DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()))
            .write("actor", e.actor())
            .write("action", e.action());
        nullable(json, "target", e.target());
        nullable(json, "requestId", e.requestId());
        json.write("outcome", e.outcome())
            .write("details", parse(e.detailsJson()))
            .write("prevHash", e.prevHash())
            .write("hash", e.hash())
            .write("legalHold", e.legalHold());
        nullable(json, "legalHoldReason", e.legalHoldReason());
        json.writeEnd();
      }
      json.flush();
    });
    json.writeEnd();
    json.flush();
  }

  private static void each(Batches batches, BatchWriter writer) throws IOException {
    long after = 0;
    while (true) {
      List<AuditEntryView> batch = batches.after(after);
      if (batch.isEmpty()) {
        return;
      }
      writer.write(batch);
      after = batch.get(batch.size() - 1).seq();
    }
  }

  private static JsonValue parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  private static void nullable(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }
}
