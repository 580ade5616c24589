package com.valorivx.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client address a sign-in is throttled by. The peer address of the connection, unless that
 * peer is one of the proxies named in {@code valor.auth.trusted-proxies} (comma-separated
 * addresses, empty by default): then the nearest {@code X-Forwarded-For} entry that is not itself
 * a trusted proxy. Without that setting {@code X-Forwarded-For} is ignored, since any client can
 * send it.
 */
@ApplicationScoped
public class ClientAddresses {

  /** The longest address kept (an IPv6 address with a zone fits). */
  static final int MAX_LENGTH = 100;

  /** Read as one string: this server's config producer cannot inject an optional list. */
  @Inject
  @ConfigProperty(name = "valor.auth.trusted-proxies")
  Optional<String> trustedProxies;

  /** The address to throttle by, from the connection's peer and its {@code X-Forwarded-For} header. */
  public String resolve(String peerAddress, String forwardedFor) {
    Set<String> trusted = trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::strip)
        .filter(address -> !address.isEmpty()).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    return resolve(peerAddress, forwardedFor, trusted);
  }

  static String resolve(String peerAddress, String forwardedFor, Set<String> trusted) {
    String address = peerAddress == null || peerAddress.isBlank() ? "unknown" : peerAddress.strip();
    if (trusted.contains(address) && forwardedFor != null && !forwardedFor.isBlank()) {
      String[] hops = forwardedFor.split(",");
      for (int i = hops.length - 1; i >= 0; i--) {
        String hop = hops[i].strip();
        if (!hop.isEmpty()) {
          address = hop;
          if (!trusted.contains(hop)) {
            break;
          }
        }
      }
    }
    return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
  }
}
