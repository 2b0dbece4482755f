package org.treatyflow.serialization.journal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.serialization.ExchangeFormat;
import org.treatyflow.serialization.ExchangeTypes;
import org.treatyflow.serialization.RejectedDocumentException;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.Codecs;
import org.treatyflow.serialization.codec.Path;
import org.treatyflow.serialization.codec.Problem;
import org.treatyflow.serialization.codec.Problems;
import org.treatyflow.serialization.format.CommonCodecs;
import org.treatyflow.serialization.format.ReplyCodecs;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.catalog.WorkflowCatalog;

/**
 * A case's history as JSON Lines, chained so that any edit, deletion, insertion or reordering of
 * lines is found, and from which personal data can be erased without breaking the chain.
 *
 * <p>Line 1 opens the case and carries the request; line <i>n</i> + 1 carries step <i>n</i> of the
 * history. Each line is one JSON object in canonical form (members sorted by name, no whitespace)
 * with the members {@code entry} (what happened), {@code line} (its number, from 1), {@code prev}
 * (the hash of the line before, or 64 zeros for line 1), {@code salt} (16 random bytes, base64url;
 * only on a line that holds personal data) and {@code hash}.
 *
 * <p>The hash of a line is the SHA-256, in lower-case hexadecimal, of the canonical bytes of its
 * <em>sealed form</em>: the line without {@code hash} and {@code salt}, in which every member that
 * holds personal data is replaced by {@code {"sealed": SHA-256(salt, position, canonical value)}}.
 * Erasing a line's personal data (after a retention period, for instance, 2AP 14) writes that
 * sealed form in its place and drops the salt: the line's hash, and so the chain, stay valid, and
 * without the salt the sealed digests cannot be tested against guesses.
 *
 * <p>A chain shows every change before its last line; to see that lines were cut from its end, keep
 * a {@link JournalAnchor} apart from the journal.
 */
public final class CaseJournal {
  /** The {@code prev} of line 1. */
  public static final String GENESIS = "0".repeat(64);

  private static final ExchangeFormat FORMAT = ExchangeFormat.standard();
  private static final ObjectMapper TREES = FORMAT.mapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final BaseEncoding SALT_ENCODING = BaseEncoding.base64Url().omitPadding();
  private static final int SALT_BYTES = 16;
  private static final Set<String> LINE_MEMBERS = Set.of("entry", "hash", "line", "prev", "salt");
  private static final Set<String> OPENED_MEMBERS = Set.of("kind", "family", "request");
  private static final Set<String> STEP_MEMBERS =
      Set.of(
          "kind", "version", "commandId", "action", "from", "to", "at", "actor", "citation",
          "verification", "reply", "followUp");
  private static final Codec<RequestFamily> FAMILY = CommonCodecs.REQUEST_FAMILY;

  private final Random salts;

  private CaseJournal(Random salts) {
    this.salts = salts;
  }

  /** A journal writer drawing its salts from a {@link SecureRandom}. */
  public static CaseJournal withSecureSalts() {
    return new CaseJournal(new SecureRandom());
  }

  /**
   * A journal writer drawing its salts from {@code salts}; only a secure source keeps erased data
   * from being guessed, so use a seeded one for tests alone.
   */
  public static CaseJournal withSalts(Random salts) {
    return new CaseJournal(checkNotNull(salts, "salts"));
  }

  /** The whole journal of {@code caseFile}: its opening and one line per step. */
  public List<String> write(CaseFile<?, ?, ?> caseFile) {
    checkNotNull(caseFile, "caseFile");
    List<String> lines = new ArrayList<>(caseFile.history().size() + 1);
    String line = opening(caseFile.request());
    lines.add(line);
    for (HistoryEvent<?, ?> event : caseFile.history()) {
      line = append(line, event);
      lines.add(line);
    }
    return List.copyOf(lines);
  }

  /** Line 1 of a journal: the case is opened for {@code request}. */
  public String opening(CooperationAct request) {
    checkNotNull(request, "request");
    ObjectNode entry = NODES.objectNode();
    entry.put("kind", "opened");
    entry.put("family", request.family().name());
    entry.set("request", tree(ExchangeTypes.PAYLOAD, request));
    return seal(entry, 1, GENESIS);
  }

  /**
   * The line that follows {@code previousLine} (the last line of a journal, as written) and records
   * {@code event}.
   *
   * @throws IllegalArgumentException if {@code previousLine} is not a line of a journal
   */
  public String append(String previousLine, HistoryEvent<?, ?> event) {
    checkNotNull(previousLine, "previousLine");
    checkNotNull(event, "event");
    JsonNode previous;
    try {
      previous = FORMAT.readTree(previousLine.getBytes(UTF_8));
    } catch (RejectedDocumentException e) {
      throw new IllegalArgumentException("The previous line is not JSON: " + e.getMessage(), e);
    }
    JsonNode number = previous.get("line");
    JsonNode hash = previous.get("hash");
    checkArgument(
        number != null && number.canConvertToInt() && hash != null && isHash(hash.asText()),
        "The previous line is not a line of a case journal (it lacks its number or hash)");
    ObjectNode entry = NODES.objectNode();
    entry.put("kind", "step");
    entry.put("version", event.version());
    entry.put("commandId", event.commandId());
    entry.put("action", event.action().name());
    entry.put("from", event.from().name());
    entry.put("to", event.to().name());
    entry.set("at", tree(Codecs.INSTANT, event.at()));
    entry.set("actor", tree(CommonCodecs.AUTHORITY, event.actor()));
    entry.put("citation", event.citation().toString());
    entry.put("verification", event.verification().name());
    event.reply().ifPresent(reply -> entry.set("reply", tree(ReplyCodecs.REPLY, reply)));
    event.followUp().ifPresent(id -> entry.put("followUp", id.value()));
    return seal(entry, number.intValue() + 1, hash.asText());
  }

  private String seal(ObjectNode entry, int number, String prev) {
    ObjectNode line = NODES.objectNode();
    line.set("entry", entry);
    line.put("line", number);
    line.put("prev", prev);
    ObjectNode sealed = line.deepCopy();
    if (!PersonalMembers.of(entry).isEmpty()) {
      byte[] salt = new byte[SALT_BYTES];
      salts.nextBytes(salt);
      line.put("salt", SALT_ENCODING.encode(salt));
      sealPersonalData(sealed.get("entry"), salt);
    }
    line.put("hash", sha256(Canonical.bytes(sealed)));
    return new String(Canonical.bytes(line), UTF_8);
  }

  /** Checks every line of {@code lines}, which must start with the opening of the case. */
  public static JournalVerification verify(List<String> lines) {
    return verify(lines, Optional.empty());
  }

  /**
   * Checks every line of {@code lines} and that the journal ends where {@code anchor}, kept apart
   * from it, says it does.
   */
  public static JournalVerification verify(List<String> lines, JournalAnchor anchor) {
    return verify(lines, Optional.of(checkNotNull(anchor, "anchor")));
  }

  private static JournalVerification verify(List<String> lines, Optional<JournalAnchor> anchor) {
    checkNotNull(lines, "lines");
    if (lines.isEmpty()) {
      return JournalVerification.broken(0, 1, "the journal has no line: line 1 opens the case");
    }
    String prev = GENESIS;
    RequestFamily family = null;
    for (int number = 1; number <= lines.size(); number++) {
      Checked checked = check(lines.get(number - 1), number, prev, family);
      if (checked.error != null) {
        return JournalVerification.broken(lines.size(), number, checked.error);
      }
      prev = checked.hash;
      family = checked.family;
    }
    if (anchor.isPresent()) {
      JournalAnchor expected = anchor.get();
      if (expected.lineCount() != lines.size()) {
        return JournalVerification.broken(
            lines.size(),
            Math.min(lines.size(), expected.lineCount()) + 1,
            "the journal has "
                + lines.size()
                + " lines where its anchor records "
                + expected.lineCount()
                + " (lines were cut off or added at its end)");
      }
      if (!expected.head().equals(prev)) {
        return JournalVerification.broken(
            lines.size(), lines.size(), "the last line's hash is not the one its anchor records");
      }
    }
    return JournalVerification.intact(lines.size(), prev);
  }

  /**
   * The same journal with the personal data of every line sealed: each personal value replaced by
   * its salted digest and the salt dropped. The result verifies as the original does, and can no
   * longer be replayed.
   *
   * @throws IllegalArgumentException if the journal is not intact (erasing would hide where)
   */
  public static List<String> erasePersonalData(List<String> lines) {
    JournalVerification verification = verify(lines);
    checkArgument(verification.isIntact(), "Cannot erase from a broken journal: %s", verification);
    List<String> erased = new ArrayList<>(lines.size());
    for (String text : lines) {
      ObjectNode line = (ObjectNode) parse(text);
      JsonNode salt = line.remove("salt");
      if (salt != null) {
        sealPersonalData(line.get("entry"), SALT_ENCODING.decode(salt.textValue()));
      }
      erased.add(new String(Canonical.bytes(line), UTF_8));
    }
    return List.copyOf(erased);
  }

  /**
   * Rebuilds the case from an intact, unerased journal by applying each recorded step through the
   * family's workflow at the recorded time, in {@code environment} (its clock is replaced by the
   * time of each step). The result is the case exactly as it was: status, version, history and so
   * every deadline computed from them; or the line at which the workflow does not take the step
   * the journal records.
   */
  public static JournalReplay replay(List<String> lines, Environment environment) {
    checkNotNull(environment, "environment");
    JournalVerification verification = verify(lines);
    if (!verification.isIntact()) {
      return JournalReplay.failed(
          verification.firstBadLine().getAsInt(), "the journal is broken: " + verification.reason().orElseThrow());
    }
    JsonNode opening = parse(lines.get(0));
    if (isErased(opening)) {
      return JournalReplay.failed(1, "the line's personal data was erased; replay needs the whole journal");
    }
    CooperationAct request =
        ExchangeTypes.PAYLOAD.read(opening.get("entry").get("request"), Path.root(), new Problems());
    return replay(WorkflowCatalog.of(request.family()), request, lines, environment);
  }

  private static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> JournalReplay replay(
      Workflow<R, S, A> workflow, CooperationAct act, List<String> lines, Environment environment) {
    @SuppressWarnings("unchecked")
    R request = (R) act;
    CaseFile<R, S, A> caseFile = workflow.open(request);
    Class<S> statuses = workflow.table().initial().getDeclaringClass();
    Class<A> actions = workflow.table().actions().get(0).getDeclaringClass();
    for (int number = 2; number <= lines.size(); number++) {
      JsonNode line = parse(lines.get(number - 1));
      if (isErased(line)) {
        return JournalReplay.failed(number, "the line's personal data was erased; replay needs the whole journal");
      }
      Step<S, A> step = Step.read(line.get("entry"), statuses, actions, new Problems());
      Command<A> command =
          Command.<A>builder()
              .id(step.commandId)
              .action(step.action)
              .expectedVersion(step.version - 1)
              .actor(step.actor)
              .reply(step.reply)
              .followUp(step.followUp)
              .build();
      Environment then =
          new Environment(
              environment.registry(),
              Clock.fixed(step.at, environment.clock().getZone()),
              environment.policy(),
              environment.periods(),
              environment.cases());
      Outcome<R, S, A> outcome = workflow.apply(caseFile, command, then);
      if (!(outcome instanceof Outcome.Applied<R, S, A> applied) || applied.replayed()) {
        return JournalReplay.failed(
            number,
            "the workflow does not take the recorded step "
                + step.action
                + " from "
                + step.from
                + outcome.violations().stream().map(v -> v.code()).collect(Collectors.joining(", ", " (", ")")));
      }
      HistoryEvent<S, A> made = applied.caseFile().lastEvent().orElseThrow();
      if (made.to() != step.to
          || made.from() != step.from
          || !made.citation().equals(step.citation)
          || made.verification() != step.verification) {
        return JournalReplay.failed(
            number,
            "the workflow takes the step to "
                + made.to()
                + " under "
                + made.citation()
                + " where the journal records "
                + step.to
                + " under "
                + step.citation);
      }
      caseFile = applied.caseFile();
    }
    return JournalReplay.replayed(caseFile);
  }

  /** The result of checking one line: its hash and the case's family, or what is wrong. */
  private record Checked(String hash, RequestFamily family, String error) {
    static Checked wrong(String error) {
      return new Checked(null, null, error);
    }
  }

  private static Checked check(String text, int number, String prev, RequestFamily family) {
    if (text == null) {
      return Checked.wrong("the line is missing");
    }
    byte[] bytes = text.getBytes(UTF_8);
    JsonNode line;
    try {
      line = FORMAT.readTree(bytes);
    } catch (RejectedDocumentException e) {
      return Checked.wrong("the line is not well-formed JSON: " + e.problems().get(0));
    }
    if (!line.isObject()) {
      return Checked.wrong("the line is not a JSON object");
    }
    if (!Arrays.equals(Canonical.bytes(line), bytes)) {
      return Checked.wrong("the line is not in canonical form (members sorted by name, no whitespace)");
    }
    for (Iterator<String> names = line.fieldNames(); names.hasNext(); ) {
      if (!LINE_MEMBERS.contains(names.next())) {
        return Checked.wrong("the line has a member a journal line does not have");
      }
    }
    JsonNode lineNumber = line.get("line");
    if (lineNumber == null || !lineNumber.isInt() || lineNumber.intValue() != number) {
      return Checked.wrong(
          "the line does not record its own number (a line was inserted, deleted or moved)");
    }
    JsonNode previous = line.get("prev");
    if (previous == null || !previous.isTextual() || !previous.textValue().equals(prev)) {
      return Checked.wrong(
          number == 1
              ? "the first line does not start the chain"
              : "the line does not carry the hash of line "
                  + (number - 1)
                  + " (a line was changed, inserted, deleted or moved)");
    }
    JsonNode hash = line.get("hash");
    if (hash == null || !hash.isTextual() || !isHash(hash.textValue())) {
      return Checked.wrong("the line has no hash of 64 lower-case hexadecimal digits");
    }
    byte[] salt = null;
    JsonNode saltNode = line.get("salt");
    if (saltNode != null) {
      salt = saltNode.isTextual() ? decodeSalt(saltNode.textValue()) : null;
      if (salt == null) {
        return Checked.wrong("the line's salt is not " + SALT_BYTES + " bytes in base64url");
      }
    }
    JsonNode entry = line.get("entry");
    if (entry == null || !entry.isObject()) {
      return Checked.wrong("the line has no entry object");
    }
    String kind = number == 1 ? "opened" : "step";
    JsonNode entryKind = entry.get("kind");
    if (entryKind == null || !kind.equals(entryKind.asText()) || !entryKind.isTextual()) {
      return Checked.wrong(
          number == 1 ? "line 1 does not open the case" : "the line does not record a step");
    }
    ObjectNode sealed = ((ObjectNode) line).deepCopy();
    sealed.remove("hash");
    sealed.remove("salt");
    String unsealable = sealPersonalData(sealed.get("entry"), salt);
    if (unsealable != null) {
      return Checked.wrong(unsealable);
    }
    if (!sha256(Canonical.bytes(sealed)).equals(hash.textValue())) {
      return Checked.wrong("the line was changed after it was written (its hash does not match)");
    }
    RequestFamily caseFamily = family;
    if (number == 1) {
      Problems problems = new Problems();
      JsonNode familyNode = entry.get("family");
      caseFamily = familyNode == null ? null : FAMILY.read(familyNode, Path.root().member("family"), problems);
      if (caseFamily == null) {
        return Checked.wrong("line 1 does not name the family of the case");
      }
    }
    if (!isErased(line)) {
      String invalid = checkContent(entry, number, caseFamily);
      if (invalid != null) {
        return Checked.wrong(invalid);
      }
    }
    return new Checked(hash.textValue(), caseFamily, null);
  }

  /** What is wrong with the content of an unerased entry, or {@code null}. */
  private static String checkContent(JsonNode entry, int number, RequestFamily family) {
    Problems problems = new Problems();
    Path at = Path.root().member("entry");
    if (number == 1) {
      for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!OPENED_MEMBERS.contains(name)) {
          problems.add(at.member(name), "no such member of an opening");
        }
      }
      JsonNode requestNode = entry.get("request");
      CooperationAct request =
          requestNode == null
              ? null
              : ExchangeTypes.PAYLOAD.read(requestNode, at.member("request"), problems);
      if (requestNode == null) {
        problems.add(at.member("request"), "the request the case is opened for");
      } else if (request != null && request.family() != family) {
        problems.add(at.member("family"), "the family of the request");
      }
    } else {
      Workflow<?, ?, ?> workflow = WorkflowCatalog.of(family);
      Step<?, ?> step = readStep(workflow, entry, problems);
      if (step != null && step.version != number - 1) {
        problems.add(at.member("version"), "the version " + (number - 1) + " for line " + number);
      }
    }
    if (problems.isEmpty()) {
      return null;
    }
    return "the entry is not what the journal records there: "
        + problems.listed().stream().map(Problem::toString).collect(Collectors.joining("; "));
  }

  private static <S extends Enum<S>, A extends Enum<A>> Step<S, A> readStep(
      Workflow<?, S, A> workflow, JsonNode entry, Problems problems) {
    return Step.read(
        entry,
        workflow.table().initial().getDeclaringClass(),
        workflow.table().actions().get(0).getDeclaringClass(),
        problems);
  }

  /** One recorded step, read from its entry. */
  private static final class Step<S extends Enum<S>, A extends Enum<A>> {
    long version;
    String commandId;
    A action;
    S from;
    S to;
    Instant at;
    Authority actor;
    ArticleCitation citation;
    Verification verification;
    Optional<Reply> reply = Optional.empty();
    Optional<RequestId> followUp = Optional.empty();

    static <S extends Enum<S>, A extends Enum<A>> Step<S, A> read(
        JsonNode entry, Class<S> statuses, Class<A> actions, Problems problems) {
      int before = problems.count();
      Path at = Path.root().member("entry");
      for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!STEP_MEMBERS.contains(name)) {
          problems.add(at.member(name), "no such member of a step");
        }
      }
      Step<S, A> step = new Step<>();
      step.version = required(entry, "version", Codecs.LONG, at, problems, 0L);
      step.commandId = required(entry, "commandId", Codecs.STRING, at, problems, "");
      step.action = required(entry, "action", Codecs.enumeration(actions), at, problems, null);
      step.from = required(entry, "from", Codecs.enumeration(statuses), at, problems, null);
      step.to = required(entry, "to", Codecs.enumeration(statuses), at, problems, null);
      step.at = required(entry, "at", Codecs.INSTANT, at, problems, null);
      step.actor = required(entry, "actor", CommonCodecs.AUTHORITY, at, problems, null);
      step.citation = required(entry, "citation", CommonCodecs.CITATION, at, problems, null);
      step.verification = required(entry, "verification", CommonCodecs.VERIFICATION, at, problems, null);
      if (entry.has("reply")) {
        step.reply =
            Optional.ofNullable(ReplyCodecs.REPLY.read(entry.get("reply"), at.member("reply"), problems));
      }
      if (entry.has("followUp")) {
        step.followUp =
            Optional.ofNullable(
                CommonCodecs.REQUEST_ID.read(entry.get("followUp"), at.member("followUp"), problems));
      }
      if (!Command.ID.matcher(step.commandId).matches()) {
        problems.add(at.member("commandId"), "a command id of 1 to 64 letters, digits or . _ : -");
      }
      return problems.count() == before ? step : null;
    }

    private static <V> V required(
        JsonNode entry, String name, Codec<V> codec, Path at, Problems problems, V absent) {
      JsonNode node = entry.get(name);
      if (node == null) {
        problems.add(at.member(name), "a member \"" + name + "\" (it is required)");
        return absent;
      }
      V value = codec.read(node, at.member(name), problems);
      return value == null ? absent : value;
    }
  }

  /** Whether a verified line had its personal data erased: it has some, and no salt. */
  private static boolean isErased(JsonNode line) {
    return !line.has("salt") && !PersonalMembers.of(line.get("entry")).isEmpty();
  }

  /** The members of an entry that hold personal data, in the order the codecs declare them. */
  private record PersonalMembers(List<ObjectNode> parents, List<String> names) {
    static PersonalMembers of(JsonNode entry) {
      PersonalMembers found = new PersonalMembers(new ArrayList<>(), new ArrayList<>());
      Codec.PersonalDataSink sink =
          (parent, name) -> {
            found.parents.add(parent);
            found.names.add(name);
          };
      JsonNode kind = entry.get("kind");
      if (kind != null && "opened".equals(kind.asText())) {
        if (entry.has("request")) {
          ExchangeTypes.PAYLOAD.visitPersonal(entry.get("request"), sink);
        }
      } else {
        if (entry.has("actor")) {
          CommonCodecs.AUTHORITY.visitPersonal(entry.get("actor"), sink);
        }
        if (entry.has("reply")) {
          ReplyCodecs.REPLY.visitPersonal(entry.get("reply"), sink);
        }
      }
      return found;
    }

    boolean isEmpty() {
      return names.isEmpty();
    }
  }

  /**
   * Replaces each personal value in {@code entry} by its sealed digest when {@code salt} is given,
   * or checks that each is already sealed when it is not; gives what is wrong, or {@code null}. A
   * salt goes with personal data only: a line without any has none.
   */
  private static String sealPersonalData(JsonNode entry, byte[] salt) {
    PersonalMembers members = PersonalMembers.of(entry);
    if (members.isEmpty() && salt != null) {
      return "the line has a salt but no personal data";
    }
    for (int position = 0; position < members.names.size(); position++) {
      ObjectNode parent = members.parents.get(position);
      String name = members.names.get(position);
      JsonNode value = parent.get(name);
      if (salt == null) {
        if (!isSealed(value)) {
          return "the line holds personal data but no salt (it was partly erased or altered)";
        }
      } else {
        if (isSealed(value)) {
          return "the line has a salt but sealed personal data (it was partly erased or altered)";
        }
        parent.set(name, sealedValue(salt, position, value));
      }
    }
    return null;
  }

  private static ObjectNode sealedValue(byte[] salt, int position, JsonNode value) {
    byte[] canonical = Canonical.bytes(value);
    ByteBuffer input = ByteBuffer.allocate(salt.length + 4 + canonical.length);
    input.put(salt).putInt(position).put(canonical);
    return NODES.objectNode().put("sealed", sha256(input.array()));
  }

  private static boolean isSealed(JsonNode value) {
    return value.isObject()
        && value.size() == 1
        && value.has("sealed")
        && value.get("sealed").isTextual()
        && isHash(value.get("sealed").textValue());
  }

  /** Whether {@code text} is a SHA-256 in lower-case hexadecimal. */
  static boolean isHash(String text) {
    return text.length() == 64 && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }

  private static byte[] decodeSalt(String text) {
    if (!text.matches("[A-Za-z0-9_-]{22}")) {
      return null;
    }
    byte[] salt = SALT_ENCODING.decode(text);
    return SALT_ENCODING.encode(salt).equals(text) ? salt : null;
  }

  private static String sha256(byte[] bytes) {
    return Hashing.sha256().hashBytes(bytes).toString();
  }

  private static JsonNode parse(String line) {
    try {
      return FORMAT.readTree(line.getBytes(UTF_8));
    } catch (RejectedDocumentException e) {
      throw new IllegalStateException("A verified line no longer parses", e);
    }
  }

  private static <T> JsonNode tree(Codec<T> codec, T value) {
    try (TokenBuffer buffer = new TokenBuffer(TREES, false)) {
      codec.write(value, buffer);
      return TREES.readTree(buffer.asParser());
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to memory failed", e);
    }
  }
}
