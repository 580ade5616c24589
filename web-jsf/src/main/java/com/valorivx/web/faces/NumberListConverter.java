package com.valorivx.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.List;

/**
 * A list of numbers typed as "100, 110, 121". With the component attribute {@code percent="true"}
 * the values are percentages ("8, 7, 6" for 0.08, 0.07, 0.06).
 */
@FacesConverter("valor.numberList")
public class NumberListConverter implements Converter<List<Double>> {

  @Override
  public List<Double> getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Numbers.parseList(value, isPercent(component));
    } catch (NumberFormatException e) {
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, List<Double> value) {
    return value == null ? "" : Numbers.printList(value, isPercent(component));
  }

  private static boolean isPercent(UIComponent component) {
    return Boolean.parseBoolean(String.valueOf(component.getAttributes().get("percent")));
  }
}
