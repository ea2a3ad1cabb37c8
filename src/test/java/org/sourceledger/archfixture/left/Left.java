package org.sourceledger.archfixture.left;

import org.sourceledger.archfixture.right.Right;

/** Imports right, which imports left: a cycle between packages. */
public class Left {

    Right right;
}
