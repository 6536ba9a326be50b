// Population genetics: Wright's island model for six demes, allele frequencies σ(x) mixed each generation with the
// migrant pool (p ← (1 − m) p + m p̄) for ten generations, with a learnable migration logit; outputs the final
// frequencies, and F_ST = Var(p) / (p̄ (1 − p̄)) in place of the last deme's.
// Shape: Hartl & Clark, Principles of Population Genetics, ch. 4 (island model), as a NumPy teaching script, in float.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(6, 7)]
public partial class IslandModelMigrationFstFloat
{
    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = -2)] ReadOnlySpan<float> migrationLogit)
    {
        int demes = x.Length;
        float m = 0.5f * (1f + MathF.Tanh(0.5f * migrationLogit[0]));
        Span<float> p = stackalloc float[6];
        for (int d = 0; d < demes; d++) p[d] = 0.5f * (1f + MathF.Tanh(0.5f * x[d]));

        for (int generation = 0; generation < 10; generation++)
        {
            float pool = 0f;
            for (int d = 0; d < demes; d++) pool += p[d];
            pool /= demes;
            for (int d = 0; d < demes; d++) p[d] = (1f - m) * p[d] + m * pool;
        }

        float mean = 0f;
        for (int d = 0; d < demes; d++) { y[d] = p[d]; mean += p[d]; }
        mean /= demes;
        float variance = 0f;
        for (int d = 0; d < demes; d++) variance += (p[d] - mean) * (p[d] - mean);
        variance /= demes;
        y[demes] = variance / (mean * (1f - mean) + 1e-6f);
    }
}
