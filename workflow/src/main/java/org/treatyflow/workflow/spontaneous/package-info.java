/**
 * The lifecycle of spontaneous information, sent without a prior request: under the Budapest
 * Convention (BC 26) and, for instrumentalities and proceeds, under the Warsaw Convention (WC 20,
 * with WC 43(3) on confidentiality). The sender may attach confidentiality or conditions; a receiver
 * that accepts is bound (under WC 43(3), by the confidentiality requirement only, subject to its
 * domestic law), one that cannot comply says so, and the sender then decides whether to provide the
 * information anyway.
 *
 * <p>Start from {@link org.treatyflow.workflow.spontaneous.SpontaneousInformationWorkflow} (BC 26)
 * and {@link org.treatyflow.workflow.spontaneous.SpontaneousInformationOnProceedsWorkflow} (WC 20);
 * both walk {@link org.treatyflow.workflow.spontaneous.SpontaneousStatus}.
 */
@CooperationStyle
package org.treatyflow.workflow.spontaneous;

import org.treatyflow.model.common.CooperationStyle;
