package com.valorivx.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void listsAreSeparatedByCommasSemicolonsOrSpaces() {
    assertThat(Numbers.parseList(" 100, 110;121  133.1,,146.41 ", false)).containsExactly(100.0, 110.0, 121.0, 133.1, 146.41);
    assertThat(Numbers.parseList("  ", false)).isEmpty();
  }

  @Test
  void percentagesAreTypedAsWholeNumbersAndKeptExact() {
    assertThat(Numbers.parsePercent("10")).isEqualTo(0.1);
    assertThat(Numbers.parsePercent("2.5 %")).isEqualTo(0.025);
    assertThat(Numbers.parseList("8, 7, 6", true)).containsExactly(0.08, 0.07, 0.06);
    assertThat(Numbers.printPercent(0.1)).isEqualTo("10");
    assertThat(Numbers.printPercent(0.055)).isEqualTo("5.5");
    assertThat(Numbers.printList(List.of(0.08, 0.07), true)).isEqualTo("8, 7");
  }

  @Test
  void printingDropsTrailingZeros() {
    assertThat(Numbers.printList(List.of(100.0, 110.0, 133.1, 146.41), false)).isEqualTo("100, 110, 133.1, 146.41");
    assertThat(Numbers.print(-2.0)).isEqualTo("-2");
  }

  @Test
  void nonNumbersAreRejectedWithTheirText() {
    assertThatThrownBy(() -> Numbers.parse("12a")).hasMessage("'12a' is not a number");
    assertThatThrownBy(() -> Numbers.parseList("1, x", true)).hasMessage("'x' is not a percentage");
    assertThatThrownBy(() -> Numbers.parse("1,000")).isInstanceOf(NumberFormatException.class);
  }
}
