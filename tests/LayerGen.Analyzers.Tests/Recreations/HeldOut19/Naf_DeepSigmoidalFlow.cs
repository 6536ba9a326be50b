// Source: neural autoregressive flows, deep sigmoidal flow (Huang et al. 2018; CW-Huang/NAF `SigmoidFlow`): for each
// data dimension the conditioner emits pre-activations (a, b, w) for H hidden units; a = softplus, w = softmax over
// the H units, and the transform is Σ_h w_h σ(a_h x + b_h) (σ⁻¹ is applied by the caller's next layer).
// Layout: `ReadOnlySpan<double>` conditioner output [batch · dims · 3H] with the blocks a | b | w at offsets 0, H, 2H;
// stable softplus `max(x, 0) + log(1 + exp(−|x|))`; the logistic `1 / (1 + exp(−u))`; weights out [batch · dims · H].
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class NafDeepSigmoidalFlow
{
    /// <summary>The sigmoidal-flow mixture u of every (sample, dimension) and the mixture weights.</summary>
    public static void Forward(
        ReadOnlySpan<double> conditioner, ReadOnlySpan<double> x, int dims, int hidden, Span<double> u, Span<double> weights)
    {
        int batch = x.Length / dims;
        for (int n = 0; n < batch; n++)
        {
            for (int d = 0; d < dims; d++)
            {
                int slot = n * dims + d;
                ReadOnlySpan<double> block = conditioner.Slice(slot * 3 * hidden, 3 * hidden);
                ReadOnlySpan<double> wPre = block.Slice(2 * hidden, hidden);
                Span<double> w = weights.Slice(slot * hidden, hidden);

                double peak = wPre[0];
                for (int h = 1; h < hidden; h++) peak = Math.Max(peak, wPre[h]);
                double z = 0.0;
                for (int h = 0; h < hidden; h++) z += w[h] = Math.Exp(wPre[h] - peak);

                double mixture = 0.0;
                for (int h = 0; h < hidden; h++)
                {
                    w[h] /= z;
                    double aPre = block[h];
                    double a = Math.Max(aPre, 0.0) + Math.Log(1.0 + Math.Exp(-Math.Abs(aPre)));
                    double pre = a * x[slot] + block[hidden + h];
                    mixture += w[h] / (1.0 + Math.Exp(-pre));
                }
                u[slot] = mixture;
            }
        }
    }
}
