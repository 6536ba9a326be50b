// Idiom: multinomial-logit demand shares over the products of each store, utilities already computed.
// Layout: product-major double[products, stores] (one column per store), shares in the same layout.
// Bug (LG0002): the denominator is declared above the store loop and never reset, so store s divides by the sum of
// stores 0..s.
using System;

namespace HeldOut53.StoreDemandShares_ProductMajorTotal;

public static class StoreShares
{
    public static double[,] Shares(double[,] utilityByProduct)
    {
        int products = utilityByProduct.GetLength(0);
        int stores = utilityByProduct.GetLength(1);
        var shares = new double[products, stores];
        double denominator = 0;
        for (int s = 0; s < stores; s++)
        {
            double best = utilityByProduct[0, s];
            for (int p = 1; p < products; p++)
            {
                best = Math.Max(best, utilityByProduct[p, s]);
            }

            for (int p = 0; p < products; p++)
            {
                shares[p, s] = Math.Exp(utilityByProduct[p, s] - best);
                denominator += shares[p, s]; //~ LG0002
            }

            for (int p = 0; p < products; p++)
            {
                shares[p, s] /= denominator;
            }
        }

        return shares;
    }
}
