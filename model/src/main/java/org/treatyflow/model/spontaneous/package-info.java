/**
 * Information a Party sends to another without a prior request, because it may help the other
 * start or carry out investigations or proceedings, or lead it to make a request.
 *
 * <p>Start from {@link org.treatyflow.model.spontaneous.SpontaneousInformation} (BC 26, offences
 * established under the Budapest Convention) and {@link
 * org.treatyflow.model.spontaneous.SpontaneousInformationOnProceeds} (WC 20, instrumentalities and
 * proceeds); both are {@link org.treatyflow.model.spontaneous.SpontaneousCommunication}s.
 */
@CooperationStyle
package org.treatyflow.model.spontaneous;

import org.treatyflow.model.common.CooperationStyle;
