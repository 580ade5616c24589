package com.valorivx.api.valuation;

import com.valorivx.engine.sensitivity.TornadoAnalysis;
import com.valorivx.engine.sensitivity.TornadoAnalysis.TornadoBar;
import com.valorivx.engine.sensitivity.TornadoAnalysis.TornadoPoint;
import java.util.List;

/**
 * Answer to {@code POST /api/v1/valuations/dcf/tornado}: the base valuation and one bar per swung
 * input, widest value-per-share spread first. {@code low} is the input swung down, {@code high}
 * swung up; a side the DCF cannot value has {@code invalid: true}, no values and the reason.
 */
public record DcfTornadoResponse(double baseEnterpriseValue, double baseEquityValue, double baseValuePerShare,
    List<Bar> bars) {

  /** One input: its key (the request field path), label, swing and the two revaluations. */
  public record Bar(String input, String label, String swingKind, double swing, double baseValue, Side low, Side high,
      double valuePerShareSpread, double enterpriseValueSpread, boolean invalid) {
  }

  /** One side of a bar; the values are absent when {@code invalid}. */
  public record Side(double inputValue, Double enterpriseValue, Double equityValue, Double valuePerShare,
      boolean invalid, String invalidReason) {
  }

  static DcfTornadoResponse of(TornadoAnalysis analysis) {
    List<Bar> bars = analysis.bars().stream().map(DcfTornadoResponse::bar).toList();
    return new DcfTornadoResponse(analysis.base().enterpriseValue(), analysis.base().equityValue(),
        analysis.base().valuePerShare(), bars);
  }

  private static Bar bar(TornadoBar b) {
    return new Bar(b.input().key(), b.input().label(), b.input().kind().name(), b.swing(), b.baseValue(), side(b.low()),
        side(b.high()), b.valuePerShareSpread(), b.enterpriseValueSpread(), b.invalid());
  }

  private static Side side(TornadoPoint p) {
    return new Side(p.inputValue(), p.enterpriseValue(), p.equityValue(), p.valuePerShare(), !p.valid(),
        p.invalidReason());
  }
}
