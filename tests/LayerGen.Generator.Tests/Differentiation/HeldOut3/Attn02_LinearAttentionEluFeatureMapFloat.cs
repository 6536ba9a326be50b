// expect: gradient
// Causal linear attention (Katharopoulos et al. 2020, "Transformers are RNNs") over 4 positions with scalar features:
// the row is [q(4) | k(4) | v(4)], φ(u) = elu(u) + 1, out_i = Σ_{j≤i} φ(q_i)φ(k_j) v_j / Σ_{j≤i} φ(q_i)φ(k_j), with running
// sums as the paper's RNN form and an ε in the denominator. Float. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(12, 4)]
partial class CausalLinearAttention
{
    const int Positions = 4;

    static float Phi(float u) => u > 0f ? u + 1f : MathF.Exp(u);

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float state = 0f;
        float normaliser = 0f;
        for (int i = 0; i < Positions; i++)
        {
            float k = Phi(x[Positions + i]);
            state += k * x[2 * Positions + i];
            normaliser += k;
            float q = Phi(x[i]);
            y[i] = q * state / (q * normaliser + 1e-6f);
        }
    }
}
