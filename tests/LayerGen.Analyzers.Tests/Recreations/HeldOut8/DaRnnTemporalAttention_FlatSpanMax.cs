// Source: DA-RNN temporal attention (Qin et al. 2017), re-created over a flat batch buffer.
// Layout: flat float[batch * steps] energies, sequence-major; one Span<float> per sequence for exp, sum and divide.
// Bug (LG0001): the max is folded over the whole flat span (every sequence of the batch) before the per-sequence
// loop; a sequence far below the batch's highest energy underflows to 0/0.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class DaRnnTemporalAttention_FlatSpanMax
{
    public static float[] Beta(float[] energies, int steps)
    {
        var beta = new float[energies.Length];
        float max = float.NegativeInfinity;
        foreach (float e in energies.AsSpan()) max = MathF.Max(max, e); //~ LG0001

        for (int start = 0; start < energies.Length; start += steps)
        {
            ReadOnlySpan<float> e = energies.AsSpan(start, steps);
            Span<float> b = beta.AsSpan(start, steps);
            float z = 0f;
            for (int t = 0; t < steps; t++) z += b[t] = MathF.Exp(e[t] - max);
            for (int t = 0; t < steps; t++) b[t] /= z;
        }
        return beta;
    }
}
