// expect: gradient
// Discrete-time survival head (a logistic-hazard / nnet-survival output): hazards h_t = σ(x_t) with a stable sigmoid
// helper, the survival curve S_t = Π_{k ≤ t}(1 − h_k) with 1 − σ(v) written σ(−v), and the event probabilities
// f_t = h_t·S_{t−1}; a counting while, a running product; float. Shape from pycox's LogisticHazard outputs; our own code.
using System;
using LayerGen;

namespace HeldOut6;

[DifferentiableLayer(8, 16)]
public partial class DiscreteTimeHazardSurvivalFloat
{
    static float Sigmoid(float v)
    {
        float e = MathF.Exp(-MathF.Abs(v));
        return v >= 0f ? 1f / (1f + e) : e / (1f + e);
    }

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float survival = 1f;
        int t = 0;
        while (t < x.Length)
        {
            float hazard = Sigmoid(x[t]);
            y[x.Length + t] = hazard * survival;
            survival *= Sigmoid(-x[t]);
            y[t] = survival;
            t++;
        }
    }
}
