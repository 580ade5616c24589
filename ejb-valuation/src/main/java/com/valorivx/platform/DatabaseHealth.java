package com.valorivx.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Answers whether the database behind {@code jdbc/valor} takes a query right now. */
@Stateless
public class DatabaseHealth {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/valor")
  DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean reachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}
