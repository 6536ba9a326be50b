// Idiom: Exp3 with one bandit per context, weights exp(eta * (G - shift)) mixed with gamma / K.
// Use: arm-selection probabilities for every context of a contextual A/B test, all contexts in one table.
// Layout: double[contexts, arms] of cumulative rewards; the shift is kept per arm ("best reward each arm ever got").
// Bug (LG0004): `armBest[a]` is a maximum down the arm's column (over the contexts) while each distribution is
// normalised along a context's row (over the arms): the shift and the sum run over different axes.
using System;

namespace HeldOut64.Exp3Contexts_PeakPerArm;

public static class Exp3Table
{
    public static double[,] Probabilities(double[,] g, double eta, double gamma)
    {
        int contexts = g.GetLength(0);
        int arms = g.GetLength(1);
        var armBest = new double[arms];
        for (int a = 0; a < arms; a++)
        {
            armBest[a] = double.NegativeInfinity;
            for (int c = 0; c < contexts; c++)
            {
                armBest[a] = Math.Max(armBest[a], g[c, a]); //~ LG0004
            }
        }

        var p = new double[contexts, arms];
        for (int c = 0; c < contexts; c++)
        {
            double sum = 0.0;
            for (int a = 0; a < arms; a++)
            {
                p[c, a] = Math.Exp(eta * (g[c, a] - armBest[a]));
                sum += p[c, a];
            }

            for (int a = 0; a < arms; a++)
            {
                p[c, a] = (1.0 - gamma) * (p[c, a] / sum) + gamma / arms;
            }
        }

        return p;
    }
}
