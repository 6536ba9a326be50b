// Economics: Cobb–Douglas production Y = A Π X_j^(a_j) for three firms with four inputs each (the row holds log inputs),
// constant returns by softmax-normalised learnable elasticities, learnable log TFP; outputs Y and the marginal products
// ∂Y/∂X_j = a_j Y / X_j.
// Shape: an intermediate-macro problem set in NumPy (log-linear production), ported to float C#.
// expect: gradient
// rows: no-large
// the row holds log inputs: e^(a·1000) overflows float (and a log input of ±1000 is no firm).
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(12, 15)]
public partial class CobbDouglasLogSharesFloat
{
    const int Firms = 3, Factors = 4;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(Factors)] ReadOnlySpan<float> elasticityLogits,
        [Learnable(1)] ReadOnlySpan<float> logProductivity)
    {
        Span<float> share = stackalloc float[Factors];
        float top = elasticityLogits[0];
        for (int j = 1; j < Factors; j++)
            if (elasticityLogits[j] > top) top = elasticityLogits[j];
        float norm = 0f;
        for (int j = 0; j < Factors; j++) { share[j] = MathF.Exp(elasticityLogits[j] - top); norm += share[j]; }
        for (int j = 0; j < Factors; j++) share[j] /= norm;

        for (int f = 0; f < Firms; f++)
        {
            ReadOnlySpan<float> logInputs = x.Slice(f * Factors, Factors);
            float logOutput = logProductivity[0];
            for (int j = 0; j < Factors; j++) logOutput += share[j] * logInputs[j];
            float output = MathF.Exp(logOutput);
            y[f] = output;
            for (int j = 0; j < Factors; j++)
                y[Firms + f * Factors + j] = share[j] * MathF.Exp(logOutput - logInputs[j]);
        }
    }
}
