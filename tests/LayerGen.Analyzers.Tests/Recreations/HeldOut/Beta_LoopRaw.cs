// Variant (our own code) of cureos/aforge's BoltzmannExploration.ChooseAction (estimates multiplied by an inverse
// temperature before exp) over a batch of states: exp(beta * q[s, a]) with nothing subtracted, per row.
// Layout: row-major double[states, actions]; inverse temperature beta. Bug (LG0003).
using System;

namespace HeldOut.BetaLoopRaw;

public static class BoltzmannBatch
{
    public static double[,] Probabilities(double[,] q, double beta)
    {
        int states = q.GetLength(0);
        int actions = q.GetLength(1);
        var p = new double[states, actions];
        for (int s = 0; s < states; s++)
        {
            double sum = 0;
            for (int a = 0; a < actions; a++)
            {
                p[s, a] = Math.Exp(beta * q[s, a]); //~ LG0003
                sum += p[s, a];
            }

            for (int a = 0; a < actions; a++)
            {
                p[s, a] /= sum;
            }
        }

        return p;
    }
}
