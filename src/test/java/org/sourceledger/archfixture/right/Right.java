package org.sourceledger.archfixture.right;

import org.sourceledger.archfixture.left.Left;

/** Imports left, which imports right: a cycle between packages. */
public class Right {

    Left left;
}
