package org.sourceledger.archfixture.common;

import org.sourceledger.archfixture.snoop.SnoopService;

/** A shared mechanism that knows a feature. */
public class CommonHelper {

    SnoopService feature;
}
