// Source: Temporal Fusion Transformer variable selection network (Lim et al. 2021; pytorch-forecasting
// `VariableSelectionNetwork`: softmax over the input variables at every time step), re-created with Parallel.For.
// Layout: float[T, V] selection logits, Parallel.For over time steps, per-step max. Correct.
using System;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut9;

public static class TftVariableSelection_ParallelSteps
{
    public static float[,] SelectionWeights(float[,] logits)
    {
        int steps = logits.GetLength(0);
        int vars = logits.GetLength(1);
        var weights = new float[steps, vars];
        Parallel.For(0, steps, t =>
        {
            float m = float.MinValue;
            for (int v = 0; v < vars; v++) m = MathF.Max(m, logits[t, v]);
            float s = 0f;
            for (int v = 0; v < vars; v++)
            {
                weights[t, v] = MathF.Exp(logits[t, v] - m);
                s += weights[t, v];
            }

            for (int v = 0; v < vars; v++) weights[t, v] /= s;
        });
        return weights;
    }
}
