package org.treatyflow.model.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Party;

/**
 * A dated snapshot of who is a Party to which treaty, since when, and with which reservations and
 * declarations. Workflow rules ask it whether a treaty applies between two Parties on a date and
 * whether the requested Party has made a reservation.
 *
 * <p>Legal basis: the final clauses of each treaty (BC 36-48, 2AP 16-25, WC 49-56); the data
 * follows the Council of Europe Treaty Office charts named in {@link #sources()}.
 *
 * <p>{@link #bundled()} is the snapshot shipped with the library; {@link #read(Path)} and {@link
 * #read(InputStream)} read a file of one's own in the same format. No query throws for a Party the
 * registry does not know: it answers {@code false} or empty.
 */
@Value.Immutable
public abstract class PartyRegistry {

  /** The date the data describes: newer events are not in it. */
  public abstract LocalDate asOf();

  /** The sources the data was read from, one citation each; may be empty. */
  public abstract List<String> sources();

  /** Every row, at most one per instrument and Party, in the order of the file. */
  public abstract List<PartyStatus> statuses();

  @Value.Lazy
  Map<Instrument, Map<Party, PartyStatus>> index() {
    Map<Instrument, Map<Party, PartyStatus>> index = new EnumMap<>(Instrument.class);
    for (PartyStatus status : statuses()) {
      index.computeIfAbsent(status.instrument(), i -> new HashMap<>()).put(status.party(), status);
    }
    return index;
  }

  @Value.Check
  protected void check() {
    Map<Instrument, Set<Party>> seen = new EnumMap<>(Instrument.class);
    for (PartyStatus status : statuses()) {
      checkArgument(
          seen.computeIfAbsent(status.instrument(), i -> new java.util.HashSet<>())
              .add(status.party()),
          "PartyRegistry.statuses has two rows for %s under %s",
          status.party(),
          status.instrument());
    }
  }

  /** The row of {@code party} under {@code instrument}; empty if the registry has none. */
  public Optional<PartyStatus> status(Instrument instrument, Party party) {
    return Optional.ofNullable(row(instrument, party));
  }

  /** The row of {@code party} under {@code instrument}, or null if the registry has none. */
  private PartyStatus row(Instrument instrument, Party party) {
    checkNotNull(instrument, "instrument");
    checkNotNull(party, "party");
    Map<Party, PartyStatus> rows = index().get(instrument);
    return rows == null ? null : rows.get(party);
  }

  /** The rows under {@code instrument}, in the order of the file; empty if none. */
  public List<PartyStatus> statuses(Instrument instrument) {
    checkNotNull(instrument, "instrument");
    return statuses().stream().filter(s -> s.instrument() == instrument).toList();
  }

  /**
   * Whether {@code instrument} is in force for {@code party} on {@code date}: the registry has a row
   * with an entry-into-force date on or before {@code date}. The {@linkplain
   * PartyStatus#operativeStatus() operative status} does not change the answer.
   */
  public boolean isInForce(Instrument instrument, Party party, LocalDate date) {
    checkNotNull(date, "date");
    PartyStatus row = row(instrument, party);
    return row != null && row.isInForceOn(date);
  }

  /**
   * Whether {@code instrument} is in force between {@code a} and {@code b} on {@code date}: in force
   * for both. The answer does not depend on the order of the two Parties.
   *
   * <p>Modelling rule: the Second Additional Protocol supplements the Convention on Cybercrime (it
   * is open only to Parties to the Convention), so for {@link Instrument#SECOND_PROTOCOL} the
   * Convention ({@link Instrument#BUDAPEST}) must also be in force for both Parties on {@code
   * date}.
   */
  public boolean isInForceBetween(Instrument instrument, Party a, Party b, LocalDate date) {
    boolean inForce = isInForce(instrument, a, date) && isInForce(instrument, b, date);
    if (instrument == Instrument.SECOND_PROTOCOL) {
      return inForce
          && isInForce(Instrument.BUDAPEST, a, date)
          && isInForce(Instrument.BUDAPEST, b, date);
    }
    return inForce;
  }

  /**
   * Whether {@code party} has made {@code code}, read from its row under the code's instrument
   * (reservations and declarations alike); {@code false} if the registry has no such row.
   */
  public boolean hasMade(Party party, ReservationCode code) {
    checkNotNull(code, "code");
    return status(code.instrument(), party).map(s -> s.hasMade(code)).orElse(false);
  }

  /** The Parties that have a row under {@code instrument}, in force or not, ordered by code. */
  public Set<Party> parties(Instrument instrument) {
    checkNotNull(instrument, "instrument");
    return ImmutableSortedSet.copyOf(index().getOrDefault(instrument, Map.of()).keySet());
  }

  /** Whether the row of {@code party} under {@code instrument} exists and was verified. */
  public boolean verified(Instrument instrument, Party party) {
    return status(instrument, party).map(PartyStatus::verified).orElse(false);
  }

  /** The operative status of {@code party} under {@code instrument}; empty if it has no row. */
  public Optional<OperativeStatus> operativeStatus(Instrument instrument, Party party) {
    return status(instrument, party).map(PartyStatus::operativeStatus);
  }

  /** The snapshot bundled with the library, read once and then shared. */
  public static PartyRegistry bundled() {
    return PartyRegistryReader.bundled();
  }

  /**
   * Reads a registry in the format of the bundled file; the stream is read to its end and not closed.
   *
   * @throws PartyRegistryFormatException if the content is not a valid registry
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public static PartyRegistry read(InputStream in) {
    return PartyRegistryReader.read(in, "input stream");
  }

  /**
   * Reads a registry file in the format of the bundled file.
   *
   * @throws PartyRegistryFormatException if the content is not a valid registry
   * @throws java.io.UncheckedIOException if the file cannot be read; the message names the file
   */
  public static PartyRegistry read(Path file) {
    return PartyRegistryReader.read(file);
  }

  /** Starts an empty registry. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a registry; rows are added with {@code addStatuses}. */
  public static final class Builder extends ImmutablePartyRegistry.Builder {}
}
