package org.sourceledger.archfixture.snoop;

import java.util.UUID;
import org.sourceledger.archfixture.verification.FakeProvenance;
import org.sourceledger.claim.Claim;
import org.sourceledger.claim.ClaimRepository;

/** A feature that uses claim's repository and entity, and takes verification's lock itself. */
public class SnoopService {

    String statementOf(ClaimRepository claims, UUID id) {
        Claim claim = claims.require(id);
        return claim.statement;
    }

    void lockItMyself(FakeProvenance provenance) {
        provenance.lockGraphShared();
    }
}
