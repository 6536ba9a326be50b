// Idiom: league self-play opponent sampling: each learner draws its next opponent with probability softmax over the
// opponents of their Elo gap / scale (scale 400 as in Elo). Written as our own code.
// Layout: jagged double[learners][opponents]; a local function `Sample(gaps)` per learner with a `foreach` Math.Max fold.
// Correct.
using System;

namespace HeldOut46.League_OpponentLocalFunction;

public static class League
{
    public static double[][] OpponentDistribution(double[][] eloGap, double scale)
    {
        var dist = new double[eloGap.Length][];
        for (int l = 0; l < eloGap.Length; l++)
        {
            dist[l] = Sample(eloGap[l]);
        }

        return dist;

        double[] Sample(double[] gaps)
        {
            double best = double.NegativeInfinity;
            foreach (double g in gaps)
            {
                best = Math.Max(best, g);
            }

            var p = new double[gaps.Length];
            double z = 0;
            for (int o = 0; o < gaps.Length; o++)
            {
                p[o] = Math.Exp((gaps[o] - best) / scale);
                z += p[o];
            }

            for (int o = 0; o < p.Length; o++)
            {
                p[o] /= z;
            }

            return p;
        }
    }
}
