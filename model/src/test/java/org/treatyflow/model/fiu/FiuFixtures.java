package org.treatyflow.model.fiu;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.asset.BankAccount;
import org.treatyflow.model.asset.Iban;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;

/**
 * Hand-built headers for FIU examples; {@code omit} names the item to get wrong: "legalBasis",
 * "requestingFiu", "requestedFiu", "channel", or "" for a complete header.
 */
final class FiuFixtures {
  static final Party AT = Party.of("AT");
  static final Party RO = Party.of("RO");

  private FiuFixtures() {}

  static RequestHeader header(String omit, ArticleCitation legalBasis) {
    RequestHeader.Builder header =
        RequestHeader.builder()
            .id(RequestId.of("AT-FIU-2026-7"))
            .requestingParty(AT)
            .requestedParty(RO)
            .requestingAuthority(
                Authority.of(
                    AT,
                    omit.equals("requestingFiu")
                        ? AuthorityRole.POLICE
                        : AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT,
                    "A-FIU"))
            .channel(omit.equals("channel") ? Channel.CENTRAL_AUTHORITY : Channel.FIU_TO_FIU)
            .language(Language.ENGLISH);
    if (!omit.equals("requestedFiu")) {
      header.requestedAuthority(
          Authority.of(RO, AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT, "ONPCSB"));
    }
    if (!omit.equals("legalBasis")) {
      header.addLegalBasis(legalBasis);
    }
    return header.build();
  }

  static Transaction transaction() {
    return Transaction.builder()
        .amount(Amount.of(new BigDecimal("48000.00"), AssetCode.EUR))
        .fromAccount(BankAccount.builder().iban(Iban.of("AT611904300234573201")).build())
        .date(LocalDate.of(2026, 2, 3))
        .description("Transfer ordered by Ana Example to a shell company")
        .build();
  }
}
