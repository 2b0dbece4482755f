/**
 * The lifecycles of confiscation requests (WC 23-27) and of requests about the disposal of
 * confiscated property (WC 25) under Section 4 of Chapter IV of the Warsaw Convention: the common
 * mutual assistance skeleton, then confiscation by enforcing a foreign order or obtaining a
 * domestic one, and disposal, return or sharing of the property once it is confiscated.
 *
 * <p>Start from {@link org.treatyflow.workflow.confiscation.ConfiscationWorkflow} and {@link
 * org.treatyflow.workflow.confiscation.DisposalWorkflow}.
 */
@CooperationStyle
package org.treatyflow.workflow.confiscation;

import org.treatyflow.model.common.CooperationStyle;
