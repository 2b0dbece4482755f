/**
 * Property that may be traced, frozen, seized, confiscated, shared or returned: bank accounts,
 * virtual-currency wallets, real estate, vehicles, domain names, cash and other assets, with amounts
 * in fiat or virtual currency.
 *
 * <p>Start from {@link org.treatyflow.model.asset.Asset} and {@link
 * org.treatyflow.model.asset.Amount}. The treaties do not define virtual assets; treating a wallet as
 * property under WC 21 is a modelling extension.
 */
@CooperationStyle
package org.treatyflow.model.asset;

import org.treatyflow.model.common.CooperationStyle;
