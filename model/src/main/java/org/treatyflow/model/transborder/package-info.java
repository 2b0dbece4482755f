/**
 * A Party's own access to computer data stored in another State without that State's
 * authorisation, where the data is publicly available or the person with lawful authority to
 * disclose it consents.
 *
 * <p>Start from {@link org.treatyflow.model.transborder.TransBorderAccessRecord}, the record the
 * accessing Party keeps, and {@link org.treatyflow.model.transborder.TransBorderAccessBasis}, the two
 * cases of BC 32. Nothing is sent to the other State, so there is no request and no workflow with
 * it.
 */
@CooperationStyle
package org.treatyflow.model.transborder;

import org.treatyflow.model.common.CooperationStyle;
