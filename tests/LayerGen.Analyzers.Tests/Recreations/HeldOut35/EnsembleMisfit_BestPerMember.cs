// Idiom: weighting ensemble members by misfit per assimilation window, members as records carrying their misfit time series
// Layout: IReadOnlyList<Member> with double[] Misfit per window; jagged double[window][member] weights
// Bug (LG0004): best[m] is member m's lowest misfit over the windows, while each window's normaliser sums over the members
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut35.EnsembleMisfit_BestPerMember
{
    public sealed record Member(string Name, double[] Misfit);

    public static class EnsembleWeights
    {
        public static double[][] ByWindow(IReadOnlyList<Member> members, int windows)
        {
            double[] best = members.Select(mb => mb.Misfit.Min()).ToArray(); //~ LG0004
            var w = new double[windows][];
            for (int t = 0; t < windows; t++)
            {
                w[t] = new double[members.Count];
                double z = 0.0;
                for (int m = 0; m < members.Count; m++)
                {
                    w[t][m] = Math.Exp(-0.5 * (members[m].Misfit[t] - best[m]));
                    z += w[t][m];
                }

                for (int m = 0; m < members.Count; m++)
                    w[t][m] /= z;
            }

            return w;
        }
    }
}
