// Source: Temporal Fusion Transformer variable selection weights (softmax over variables per time step), re-created
// with a span over the whole 2-D logits array for a SIMD max.
// Layout: float[T, V] logits viewed as one span via MemoryMarshal.CreateReadOnlySpan, Parallel.For over steps.
// Bug (LG0001): TensorPrimitives.Max runs over every time step's logits, not over one step's variables.
using System;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace LayerGen.Recreations.HeldOut9;

public static class TftVariableSelection_WholeSpanMax
{
    public static float[,] SelectionWeights(float[,] logits)
    {
        int steps = logits.GetLength(0);
        int vars = logits.GetLength(1);
        float m = TensorPrimitives.Max(MemoryMarshal.CreateReadOnlySpan(ref logits[0, 0], logits.Length)); //~ LG0001
        var weights = new float[steps, vars];
        Parallel.For(0, steps, t =>
        {
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
