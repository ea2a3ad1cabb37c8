package org.sourceledger.archfixture.verification;

/** Stands for verification's provenance lock. */
public class FakeProvenance {

    public void lockGraphShared() {}
}
