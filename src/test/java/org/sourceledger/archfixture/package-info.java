/**
 * Deliberate violations of the package rules, one each, for ArchitectureTest.eachRuleCanFail. Nothing runs them.
 * Under the fixtures' root, left, right, common, snoop and verification stand for packages of their own; under
 * the project's root, archfixture is one more feature that reaches into claim.
 */
package org.sourceledger.archfixture;
