// Idiom: likelihood weighting of simulation ensemble members by their misfit to observations (w ∝ exp(-χ²/2)), one weight set per assimilation window
// Layout: double[window, member]; the best misfit per window by LINQ over Enumerable.Range
// Correct
using System;
using System.Linq;

namespace HeldOut35.EnsembleMisfit_PerWindow
{
    public static class EnsembleWeights
    {
        public static double[,] ByWindow(double[,] misfit)
        {
            int windows = misfit.GetLength(0);
            int members = misfit.GetLength(1);
            var w = new double[windows, members];
            for (int t = 0; t < windows; t++)
            {
                double best = Enumerable.Range(0, members).Min(m => misfit[t, m]);
                double z = 0.0;
                for (int m = 0; m < members; m++)
                {
                    w[t, m] = Math.Exp(-0.5 * (misfit[t, m] - best));
                    z += w[t, m];
                }

                for (int m = 0; m < members; m++)
                    w[t, m] /= z;
            }

            return w;
        }
    }
}
