/**
 * Links between standards, editions and requirements, and what is computed from them: the link graph
 * ({@link org.normative.standards.links.LinkGraph}, JGraphT), impact analysis of a revision or withdrawal
 * ({@link org.normative.standards.links.ImpactAnalyzer}) and the link check of a workspace
 * ({@link org.normative.standards.links.LinkChecker}). Pure and in memory: the input is a
 * {@link org.normative.standards.links.LinkGraphData} read by the caller; reports come as records, as text in English
 * or Chinese, and as JSON-shaped record trees that the caller serializes.
 */
package org.normative.standards.links;
