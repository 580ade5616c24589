package com.valorivx.engine.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coefficients and cut-offs as published: E. I. Altman, "Financial Ratios, Discriminant Analysis and
 * the Prediction of Corporate Bankruptcy", Journal of Finance 23(4), 1968, pp. 589–609 (original Z,
 * X5 coefficient 0.999 usually written 1.0); E. I. Altman and E. Hotchkiss, Corporate Financial Distress
 * and Bankruptcy, 3rd edition (Wiley, 2006), chapter 11 (Z′ for private firms, Z″ for
 * non-manufacturers). Expected scores below are computed by hand from those coefficients.
 */
class AltmanScorerTest {

  private static final double HAND_TOLERANCE = 1e-12;

  @Test
  void originalScoreByHand() {
    // 1.2·0.10 + 1.4·0.20 + 3.3·0.15 + 0.6·1.50 + 1.0·1.20 = 0.12 + 0.28 + 0.495 + 0.9 + 1.2 = 2.995
    AltmanResult r = AltmanScorer.DEFAULT.score(new AltmanInputs(AltmanModel.ORIGINAL, 0.10, 0.20, 0.15, 1.50, 1.20));
    assertThat(r.zScore()).isCloseTo(2.995, within(HAND_TOLERANCE));
    assertThat(r.zone()).isEqualTo(AltmanZone.SAFE);
    assertThat(r.contributions()).hasSize(5);
  }

  @Test
  void privateScoreByHand() {
    // 0.717·0.05 + 0.847·0.10 + 3.107·0.02 + 0.420·0.30 + 0.998·0.90
    //   = 0.03585 + 0.0847 + 0.06214 + 0.126 + 0.8982 = 1.20689 < 1.23
    AltmanResult r = AltmanScorer.DEFAULT.score(new AltmanInputs(AltmanModel.PRIVATE, 0.05, 0.10, 0.02, 0.30, 0.90));
    assertThat(r.zScore()).isCloseTo(1.20689, within(HAND_TOLERANCE));
    assertThat(r.zone()).isEqualTo(AltmanZone.DISTRESS);
  }

  @Test
  void nonManufacturingScoreByHandHasNoSalesTerm() {
    // 6.56·0.10 + 3.26·0.20 + 6.72·0.05 + 1.05·0.50 = 0.656 + 0.652 + 0.336 + 0.525 = 2.169
    AltmanResult r = AltmanScorer.DEFAULT.score(
        new AltmanInputs(AltmanModel.NON_MANUFACTURING, 0.10, 0.20, 0.05, 0.50, null));
    assertThat(r.zScore()).isCloseTo(2.169, within(HAND_TOLERANCE));
    assertThat(r.zone()).isEqualTo(AltmanZone.GREY);
    assertThat(r.contributions()).hasSize(4);
  }

  @Test
  void publishedCoefficientsAndCutOffs() {
    assertThat(AltmanModel.ORIGINAL.coefficients()).containsExactly(1.2, 1.4, 3.3, 0.6, 1.0);
    assertThat(AltmanModel.PRIVATE.coefficients()).containsExactly(0.717, 0.847, 3.107, 0.420, 0.998);
    assertThat(AltmanModel.NON_MANUFACTURING.coefficients()).containsExactly(6.56, 3.26, 6.72, 1.05);
    assertThat(List.of(AltmanModel.ORIGINAL.distressBelow(), AltmanModel.ORIGINAL.safeAbove())).containsExactly(1.81, 2.99);
    assertThat(List.of(AltmanModel.PRIVATE.distressBelow(), AltmanModel.PRIVATE.safeAbove())).containsExactly(1.23, 2.9);
    assertThat(List.of(AltmanModel.NON_MANUFACTURING.distressBelow(), AltmanModel.NON_MANUFACTURING.safeAbove()))
        .containsExactly(1.1, 2.6);
  }

  @Test
  void cutOffsThemselvesAreGrey() {
    for (AltmanModel m : AltmanModel.values()) {
      assertThat(m.zone(m.safeAbove())).isEqualTo(AltmanZone.GREY);
      assertThat(m.zone(m.distressBelow())).isEqualTo(AltmanZone.GREY);
      assertThat(m.zone(Math.nextUp(m.safeAbove()))).isEqualTo(AltmanZone.SAFE);
      assertThat(m.zone(Math.nextDown(m.distressBelow()))).isEqualTo(AltmanZone.DISTRESS);
    }
  }

  @Test
  void contributionsSumToTheScore() {
    AltmanResult r = AltmanScorer.DEFAULT.score(new AltmanInputs(AltmanModel.ORIGINAL, -0.3, 0.4, -0.1, 2.0, 0.7));
    assertThat(r.contributions().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(r.zScore(), within(1e-15));
  }

  @Test
  void salesAreRequiredWhereScoredAndRejectedWhereNot() {
    assertThatThrownBy(() -> new AltmanInputs(AltmanModel.ORIGINAL, 0.1, 0.1, 0.1, 1, null))
        .isInstanceOf(InvalidAssumptionsException.class)
        .extracting(e -> ((InvalidAssumptionsException) e).errors().stream().map(FieldError::field).toList())
        .asList().containsExactly("salesToAssets");
    assertThatThrownBy(() -> new AltmanInputs(AltmanModel.NON_MANUFACTURING, 0.1, 0.1, 0.1, 1, 1.0))
        .isInstanceOf(InvalidAssumptionsException.class)
        .extracting(e -> ((InvalidAssumptionsException) e).errors().stream().map(FieldError::field).toList())
        .asList().containsExactly("salesToAssets");
  }
}
