/**
 * The accessing Party's record of its own access to computer data stored in another State without
 * that State's authorisation, where the data is publicly available or the person with lawful
 * authority to disclose it consents (BC 32).
 *
 * <p>Start from {@link org.treatyflow.workflow.transborder.TransBorderAccessWorkflow}. No request is
 * made and nothing is sent to the other State, so the table has no step of the other Party: it only
 * records the access, on BC 32(a) or 32(b).
 */
@CooperationStyle
package org.treatyflow.workflow.transborder;

import org.treatyflow.model.common.CooperationStyle;
