package com.valorivx.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Shows a decimal rate as the percentage people type ("10" for 0.10) and reads it back. */
@FacesConverter("valor.percent")
public class PercentConverter implements Converter<Double> {

  @Override
  public Double getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Numbers.parsePercent(value);
    } catch (NumberFormatException e) {
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Double value) {
    return value == null ? "" : Numbers.printPercent(value);
  }
}
