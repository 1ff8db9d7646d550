package org.imrstream.serde.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.imrstream.avro.DecisionEvent;
import org.imrstream.avro.ParseFailure;
import org.junit.jupiter.api.Test;

/** The registry semantics the serdes rely on, straight against the in-memory registry. */
class InMemorySchemaRegistryTest {

  private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
  private final Schema decision = DecisionEvent.getClassSchema();
  private final Schema failure = ParseFailure.getClassSchema();

  @Test
  void theSameSchemaUnderTheSameSubjectKeepsItsIdAndVersion() {
    int id = registry.register("imr.decisions-value", decision);
    assertThat(registry.register("imr.decisions-value", decision)).isEqualTo(id);
    assertThat(
            registry.register(
                "imr.decisions-value", new Schema.Parser().parse(decision.toString())))
        .as("an equal schema parsed anew")
        .isEqualTo(id);
    assertThat(registry.versions("imr.decisions-value")).containsExactly(1);
    assertThat(registry.idOf("imr.decisions-value", decision)).isEqualTo(id);
    assertThat(registry.byId(id)).isEqualTo(decision);
  }

  @Test
  void idsAreGlobalAcrossSubjectsAndDistinctPerSchema() {
    int decisionId = registry.register("a-value", decision);
    int failureId = registry.register("a-value", failure);
    assertThat(failureId).isNotEqualTo(decisionId);
    assertThat(registry.register("b-value", decision))
        .as("same schema, other subject")
        .isEqualTo(decisionId);
    assertThat(registry.subjects()).containsExactly("a-value", "b-value");
    assertThat(registry.versions("a-value")).containsExactly(1, 2);
    assertThat(registry.versions("b-value")).containsExactly(1);
  }

  @Test
  void latestAndNumberedVersionsFollowRegistrationOrder() {
    int first = registry.register("s", decision);
    int second = registry.register("s", failure);
    registry.register("s", decision); // already version 1: no new version

    assertThat(registry.latest("s"))
        .isEqualTo(new SchemaRegistryClient.RegisteredSchema(second, 2, failure));
    assertThat(registry.version("s", 1).id()).isEqualTo(first);
    assertThat(registry.version("s", -1).version()).isEqualTo(2);
    assertThat(registry.lookup("s", decision).version()).isEqualTo(1);
  }

  @Test
  void missingThingsFailWithConfluentErrorCodes() {
    registry.register("s", decision);
    Schema other = SchemaBuilder.record("Other").fields().requiredInt("n").endRecord();

    assertThatThrownBy(() -> registry.latest("missing"))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40401));
    assertThatThrownBy(() -> registry.idOf("s", other))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
    assertThatThrownBy(() -> registry.version("s", 2))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40402));
    assertThatThrownBy(() -> registry.byId(99))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.status()).isEqualTo(404));
  }
}
