// expect: gradient
// Queueing: the finite-buffer M/M/1/K queue's stationary distribution P_n = ρⁿ / Σ_{k≤K} ρᵏ (summed by a running power
// rather than the closed form, which is 0/0 at ρ = 1), the blocking probability P_K, throughput λ(1 − P_K) and mean
// number in system. Arrival rates from the row (softplus), learnable log service rate; K = 5.
using System;
using LayerGen;

namespace HeldOut10;

[DifferentiableLayer(3, 9)]
public partial class MM1KBlockingProbabilityFloat
{
    const int Capacity = 5;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1, Initial = 0.3f)] ReadOnlySpan<float> logServiceRate)
    {
        float mu = MathF.Exp(logServiceRate[0]);
        for (int q = 0; q < x.Length; q++)
        {
            float lambda = 0.05f + 3.0f / (1.0f + MathF.Exp(-x[q]));
            float rho = lambda / mu;
            float power = 1.0f, normaliser = 0.0f, weightedSum = 0.0f;
            for (int k = 0; k <= Capacity; k++)
            {
                normaliser += power;
                weightedSum += k * power;
                if (k < Capacity) power *= rho;
            }
            float blocking = power / normaliser;
            y[3 * q] = blocking;
            y[3 * q + 1] = lambda * (1.0f - blocking);
            y[3 * q + 2] = weightedSum / normaliser;
        }
    }
}
