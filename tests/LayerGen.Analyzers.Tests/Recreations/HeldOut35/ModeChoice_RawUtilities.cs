// Idiom: multinomial-logit mode shares per origin-destination pair from a skimmed utility table (utilities already computed upstream)
// Layout: double[odPair, mode] utilities and shares
// Bug (LG0003): exp(μ V) with no maximum subtracted; large scaled utilities overflow to ∞/∞
using System;

namespace HeldOut35.ModeChoice_RawUtilities
{
    public static class LogitSplit
    {
        public static double[,] Shares(double[,] utility, double mu)
        {
            int pairs = utility.GetLength(0);
            int modes = utility.GetLength(1);
            var share = new double[pairs, modes];
            for (int p = 0; p < pairs; p++)
            {
                double den = 0.0;
                for (int m = 0; m < modes; m++)
                {
                    share[p, m] = Math.Exp(mu * utility[p, m]); //~ LG0003
                    den += share[p, m];
                }

                for (int m = 0; m < modes; m++)
                    share[p, m] = share[p, m] / den;
            }

            return share;
        }
    }
}
