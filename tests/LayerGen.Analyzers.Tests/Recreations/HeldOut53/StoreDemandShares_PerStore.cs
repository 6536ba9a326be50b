// Idiom: multinomial-logit (MNL) demand shares over the products of each store, utility = intercept - price
// sensitivity * price, as a merchandising service predicts how each store's demand splits across its assortment.
// Layout: double[stores, products] row-major (intercepts and prices), shares double[stores, products].
// Inspired by: multinomial-logit demand notes found with the page search (bou.lt/theory/IO/consumerDiscrete:
// U = alpha x - beta p, P_j = exp(U_j) / sum_k exp(U_k)); our own code, nothing copied.
// Correct: each store's own highest utility is subtracted.
using System;

namespace HeldOut53.StoreDemandShares_PerStore;

public sealed class DemandModel
{
    public double PriceSensitivity { get; }

    public DemandModel(double priceSensitivity) => PriceSensitivity = priceSensitivity;

    public double[,] MarketShares(double[,] intercept, double[,] price)
    {
        int stores = intercept.GetLength(0);
        int products = intercept.GetLength(1);
        var utility = new double[products];
        var share = new double[stores, products];
        for (int s = 0; s < stores; s++)
        {
            double top = double.NegativeInfinity;
            for (int p = 0; p < products; p++)
            {
                utility[p] = intercept[s, p] - PriceSensitivity * price[s, p];
                top = Math.Max(top, utility[p]);
            }

            double denominator = 0.0;
            for (int p = 0; p < products; p++)
            {
                share[s, p] = Math.Exp(utility[p] - top);
                denominator += share[s, p];
            }

            for (int p = 0; p < products; p++)
            {
                share[s, p] /= denominator;
            }
        }

        return share;
    }
}
