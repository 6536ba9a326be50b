// Source: competing-risks multinomial logit of mortgage termination (Calhoun & Deng 2002): current (utility 0),
// prepay and default per loan-month.
// Layout: double[loans, 2] utilities (prepay, default) in, double[loans, 3] probabilities out; the three outcomes
// unrolled; the peak includes the reference outcome's 0.
// Bug: LG0002 (the normaliser is accumulated over the whole portfolio and never reset per loan).
using System;

namespace LayerGen.Recreations.HeldOut16.MortgageTermination_PortfolioNormaliser;

public static class TerminationModel
{
    /// <summary>[current, prepay, default] probabilities per loan.</summary>
    public static double[,] Probabilities(double[,] utility)
    {
        int loans = utility.GetLength(0);
        var p = new double[loans, 3];
        double z = 0;
        for (int n = 0; n < loans; n++)
        {
            double prepay = utility[n, 0], @default = utility[n, 1];
            double top = Math.Max(0.0, Math.Max(prepay, @default));
            p[n, 0] = Math.Exp(-top);
            p[n, 1] = Math.Exp(prepay - top);
            p[n, 2] = Math.Exp(@default - top);
            z += p[n, 0] + p[n, 1] + p[n, 2]; //~ LG0002
        }
        for (int n = 0; n < loans; n++)
            for (int k = 0; k < 3; k++)
                p[n, k] /= z;
        return p;
    }
}
