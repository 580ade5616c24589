package com.valorivx.it;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.flywaydb.core.Flyway;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one micro-deployment every service test uses: the services, engines and persistence of the
 * EAR in a single WAR, with Flyway and its Jackson dependency taken from the test class path.
 * The server provides {@code jdbc/valor} (an in-memory H2) through its post-boot commands.
 */
public final class Deployments {

  private Deployments() {
  }

  public static WebArchive valuationServices() {
    JavaArchive persistence = ShrinkWrap.create(JavaArchive.class, "persistence.jar")
        .addPackages(true, "com.valorivx.persistence")
        .addAsManifestResource(new File("../persistence/src/main/resources/META-INF/persistence.xml"), "persistence.xml")
        .addAsManifestResource(new File("../persistence/src/main/resources/META-INF/beans.xml"), "beans.xml")
        .addAsResource(new File("../persistence/src/main/resources/db/migration"), "db/migration");
    return ShrinkWrap.create(WebArchive.class, "valor-services.war")
        .addPackages(true, "com.valorivx.engine", "com.valorivx.governance", "com.valorivx.valuation", "com.valorivx.job",
            "com.valorivx.platform")
        .addAsLibrary(persistence)
        .addAsLibraries(jarOf(Flyway.class), jarOf(ObjectMapper.class), jarOf(JsonFactory.class),
            jarOf(JsonProperty.class), jarOf(Assertions.class))
        .addAsWebInfResource(new File("src/main/resources/META-INF/ejb-jar.xml"), "ejb-jar.xml")
        .addAsWebInfResource(new File("src/main/resources/META-INF/beans.xml"), "beans.xml");
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the jar of " + type, e);
    }
  }
}
