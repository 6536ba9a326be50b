// Source: Q-learning agents with a Boltzmann policy over a 2-D Q table (game/grid-world C# tutorials), re-created
// with `foreach` over the whole double[,] to find the shift.
// Layout: double[states, actions]; one softmax over actions per state, temperature tau.
// Bug LG0001: `foreach (double v in q)` walks every state's values, so the max spans the whole table.
using System;

namespace HeldOut6.QTableBoltzmannGlobalMax;

public static class GridWorldPolicy
{
    public static double[,] Boltzmann(double[,] q, double tau)
    {
        double top = double.NegativeInfinity;
        foreach (double v in q)
        {
            top = Math.Max(top, v); //~ LG0001
        }

        int states = q.GetLength(0);
        int actions = q.GetLength(1);
        var pi = new double[states, actions];
        for (int s = 0; s < states; s++)
        {
            double z = 0;
            for (int a = 0; a < actions; a++)
            {
                pi[s, a] = Math.Exp((q[s, a] - top) / tau);
                z += pi[s, a];
            }

            for (int a = 0; a < actions; a++)
            {
                pi[s, a] /= z;
            }
        }

        return pi;
    }
}
