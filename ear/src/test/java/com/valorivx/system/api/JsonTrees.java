package com.valorivx.system.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Compares JSON documents as data: {@code 100} and {@code 100.0} are the same number. */
final class JsonTrees {

  private JsonTrees() {
  }

  /** Same members, same array elements, numbers equal as doubles, everything else equal. */
  static boolean sameNumbersAndText(JsonValue a, JsonValue b) {
    if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
      return x.doubleValue() == y.doubleValue();
    }
    if (a instanceof JsonObject x && b instanceof JsonObject y) {
      return x.keySet().equals(y.keySet())
          && x.keySet().stream().allMatch(key -> sameNumbersAndText(x.get(key), y.get(key)));
    }
    if (a instanceof JsonArray x && b instanceof JsonArray y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!sameNumbersAndText(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
