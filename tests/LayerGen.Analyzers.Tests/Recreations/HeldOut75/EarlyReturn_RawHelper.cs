// Idiom: guard clauses with early `return` at the top of a per-row helper (empty, one column), then the row's
// exps; the caller loops over the rows.
// Use: turning the value scores of each state in a table into a Boltzmann policy (temperature 1).
// Layout: double[states, actions], helper given the matrix and a row index.
// Bug (LG0003): the helper exponentiates the raw scores; nothing subtracts the row peak (overflow above ~709).
// Our own code.
using System;

namespace HeldOut75.EarlyReturn_RawHelper;

public static class Boltzmann
{
    public static double[,] Policy(double[,] q)
    {
        var pi = new double[q.GetLength(0), q.GetLength(1)];
        for (int s = 0; s < q.GetLength(0); s++) FillRow(q, pi, s);
        return pi;
    }

    static void FillRow(double[,] q, double[,] pi, int s)
    {
        int actions = q.GetLength(1);
        if (actions == 0) return;
        if (actions == 1) { pi[s, 0] = 1.0; return; }
        double z = 0.0;
        for (int a = 0; a < actions; a++)
        {
            double w = Math.Exp(q[s, a]); //~ LG0003
            pi[s, a] = w;
            z += w;
        }
        if (z <= 0.0) return;
        for (int a = 0; a < actions; a++) pi[s, a] /= z;
    }
}
