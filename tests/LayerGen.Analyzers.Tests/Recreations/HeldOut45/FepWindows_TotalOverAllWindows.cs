// Idiom: free-energy perturbation reweighting, per-window lowest dU as the shift, then one normalisation pass over the whole table
// Layout: double[windows, samples], separate normalisation loop nest after the window loop
// Bug (LG0002): the normaliser sums the weights of every window, not of one window
using System;

namespace HeldOut45.FepWindows_TotalOverAllWindows;

public static class FepReweighting
{
    public static double[,] Reweight(double[,] du, double kT)
    {
        int nw = du.GetLength(0);
        int ns = du.GetLength(1);
        var w = new double[nw, ns];
        for (int k = 0; k < nw; k++)
        {
            double lo = double.MaxValue;
            for (int n = 0; n < ns; n++)
                if (du[k, n] < lo) lo = du[k, n];
            for (int n = 0; n < ns; n++)
                w[k, n] = Math.Exp(-(du[k, n] - lo) / kT);
        }

        double norm = 0;
        for (int k = 0; k < nw; k++)
            for (int n = 0; n < ns; n++)
                norm += w[k, n]; //~ LG0002

        for (int k = 0; k < nw; k++)
            for (int n = 0; n < ns; n++)
                w[k, n] /= norm;

        return w;
    }
}
