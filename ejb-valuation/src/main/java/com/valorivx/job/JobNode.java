package com.valorivx.job;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * The name under which this server owns the jobs it runs: its host name and its instance
 * directory, so two servers on one host differ and a restarted server knows its own jobs again.
 */
@ApplicationScoped
public class JobNode {

  /** Longest name kept (the column holds 200 characters); a longer one keeps its end. */
  static final int MAX_LENGTH = 200;

  private final String name = of(hostName(), System.getProperty("com.sun.aas.instanceRoot", "."));

  public String name() {
    return name;
  }

  static String of(String host, String instanceRoot) {
    String full = host + ":" + Path.of(instanceRoot).toAbsolutePath().normalize();
    return full.length() <= MAX_LENGTH ? full : full.substring(full.length() - MAX_LENGTH);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
