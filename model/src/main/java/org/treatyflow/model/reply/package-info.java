/**
 * Models the replies and decisions exchanged on a request after it is sent: acknowledgement,
 * request for amendment, acceptance, conditional or partial grant, postponement, refusal,
 * execution report, transmission of results and information notices.
 *
 * <p>Start from {@link org.treatyflow.model.reply.Reply} and {@link
 * org.treatyflow.model.reply.ReplyHeader}; decisions are {@link org.treatyflow.model.reply.Refusal},
 * {@link org.treatyflow.model.reply.Postponement} and {@link
 * org.treatyflow.model.reply.ConditionalGrant}, each reporting the content the treaties require
 * (reasons, grounds, consideration of a partial grant) as completeness violations.
 *
 * <p>Legal basis: BC 26(2), 27(5)-(8), 28(2)-(3); 2AP 8(8) (unverified); WC 29, 30, 38, 40, 41, 43,
 * 46(6).
 */
@CooperationStyle
package org.treatyflow.model.reply;

import org.treatyflow.model.common.CooperationStyle;
