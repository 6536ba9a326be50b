// Idiom: league self-play opponent sampling with the Elo gaps stored opponent-major (one row per opponent, one column
// per learner); each learner's distribution is a softmax over the opponents (down a column). The shifted exponents are
// computed per opponent row with LINQ first. Written as our own code.
// Layout: jagged double[opponents][learners]; `gapByOpponent[o].Max()` per opponent row; double[learners, opponents] out.
// Bug: LG0004 (the max runs over the learners of one opponent, the sum over the opponents of one learner).
using System;
using System.Linq;

namespace HeldOut46.League_PeakPerOpponent;

public static class League
{
    public static double[,] OpponentDistribution(double[][] gapByOpponent, double scale)
    {
        int opponents = gapByOpponent.Length;
        int learners = gapByOpponent[0].Length;
        var shifted = new double[opponents][];
        for (int o = 0; o < opponents; o++)
        {
            double peak = gapByOpponent[o].Max(); //~ LG0004
            shifted[o] = gapByOpponent[o].Select(g => (g - peak) / scale).ToArray();
        }

        var dist = new double[learners, opponents];
        for (int l = 0; l < learners; l++)
        {
            double z = 0;
            for (int o = 0; o < opponents; o++)
            {
                dist[l, o] = Math.Exp(shifted[o][l]);
                z += dist[l, o];
            }

            for (int o = 0; o < opponents; o++)
            {
                dist[l, o] /= z;
            }
        }

        return dist;
    }
}
