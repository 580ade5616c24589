package com.valorivx.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.governance.Caller;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobWatchTicketsTest {

  private final JobWatchTickets tickets = new JobWatchTickets();
  private final Caller ann = Caller.of(UUID.randomUUID().toString(), "ann", Set.of("analyst"));
  private final UUID job = UUID.randomUUID();

  @Test
  void aTicketWorksOnceForItsJobAndItsUser() {
    String ticket = tickets.issue(ann, job);

    assertThat(tickets.redeem(ticket, job, "ann")).contains(ann);
    assertThat(tickets.redeem(ticket, job, "ann")).isEmpty();
  }

  @Test
  void anotherJobOrAnotherUserGetsNothing() {
    assertThat(tickets.redeem(tickets.issue(ann, job), UUID.randomUUID(), "ann")).isEmpty();
    assertThat(tickets.redeem(tickets.issue(ann, job), job, "bob")).isEmpty();
    assertThat(tickets.redeem("made-up", job, "ann")).isEmpty();
    assertThat(tickets.redeem(null, job, "ann")).isEmpty();
  }
}
