package vn.eoffice.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.eoffice.organisation.entity.Unit;

/** The agency in scope: nested, given back, and the one a new record belongs to. */
class AgencyScopeTest {

  @Test
  void aScopeIsGivenBackWhenItsWorkEndsEvenWhenItFails() {
    assertThat(AgencyScope.current()).isEmpty();
    AgencyScope.run(
        7,
        () -> {
          assertThat(AgencyScope.required()).isEqualTo(7);
          AgencyScope.run(8, () -> assertThat(AgencyScope.required()).isEqualTo(8));
          assertThat(AgencyScope.required()).isEqualTo(7);
        });
    assertThatThrownBy(
            () ->
                AgencyScope.run(
                    9,
                    () -> {
                      throw new IllegalStateException("failed");
                    }))
        .hasMessage("failed");
    assertThat(AgencyScope.current()).isEmpty();
    assertThatThrownBy(AgencyScope::required).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRecordBelongsToTheAgencyInScopeWhereItWasMadeAndNoOther() {
    Unit made = AgencyScope.supply(7, () -> new Unit(null, null, "Văn phòng", "VP"));
    // Written when the transaction commits, after the call has left its scope: still agency 7.
    assertThat(AgencyRecord.Agencies.stamp(made.getAgencyId(), Unit.class)).isEqualTo(7);
    assertThat(AgencyScope.supply(7, () -> AgencyRecord.Agencies.stamp(7L, Unit.class)))
        .isEqualTo(7);
    assertThatThrownBy(() -> AgencyScope.run(8, () -> AgencyRecord.Agencies.stamp(7L, Unit.class)))
        .hasMessageContaining("of agency 7 written for agency 8");
    assertThatThrownBy(() -> AgencyRecord.Agencies.stamp(null, Unit.class))
        .hasMessageContaining("no agency in scope");
  }
}
