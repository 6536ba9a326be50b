// Idiom: a strided view record with `T` (transpose as swapped strides) where the max is folded over the transposed
// view's last axis while exps and sums run over the original view's last axis — `x - x.T.max(-1)` mixed up with
// `x.max(-1)` in a port.
// Use: sampling distribution over actions for a batch of agents.
// Layout: double[] holding (agents, actions) row-major; x.T is (actions, agents) with strides (1, actions).
// Bug: LG0004 — `peak[a]` is the maximum over the agents for action a; the sum runs over the actions of one agent.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.TransposeView_PeakOverTransposed;

public sealed record Strided(double[] Buffer, int Rows, int Cols, int S0, int S1)
{
    public static Strided RowMajor(double[] buffer, int rows, int cols) => new(buffer, rows, cols, cols, 1);

    public Strided T => new(Buffer, Cols, Rows, S1, S0);

    public double At(int i, int j) => Buffer[i * S0 + j * S1];
}

public static class Policy
{
    public static double[] ActionProbabilities(double[] logits, int agents, int actions)
    {
        var x = Strided.RowMajor(logits, agents, actions);
        var xt = x.T;
        var peak = new double[xt.Rows];
        for (int a = 0; a < xt.Rows; a++)
        {
            peak[a] = double.NegativeInfinity;
            for (int g = 0; g < xt.Cols; g++)
            {
                if (xt.At(a, g) > peak[a]) peak[a] = xt.At(a, g); //~ LG0004
            }
        }

        var p = new double[logits.Length];
        for (int g = 0; g < x.Rows; g++)
        {
            double z = 0.0;
            for (int a = 0; a < x.Cols; a++) z += p[g * actions + a] = Math.Exp(x.At(g, a) - peak[a]);
            for (int a = 0; a < x.Cols; a++) p[g * actions + a] /= z;
        }

        return p;
    }
}
