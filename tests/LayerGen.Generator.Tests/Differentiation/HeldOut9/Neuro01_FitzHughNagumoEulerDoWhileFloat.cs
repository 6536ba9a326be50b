// Neuron models: the FitzHugh–Nagumo oscillator driven by the row as an input current (tanh-bounded drive),
// two Euler sub-steps per sample in a counting do/while, learnable a, b and log ε; the output is v after each sample.
// Shape: the Scholarpedia FHN equations as students code them in NumPy (v' = v − v³/3 − w + I, w' = ε(v + a − b w)).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(10)]
public partial class FitzHughNagumoEulerDoWhileFloat
{
    const float Dt = 0.2f;
    const int SubSteps = 2;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y,
        [Learnable(1, Initial = 0.7)] ReadOnlySpan<float> a,
        [Learnable(1, Initial = 0.8)] ReadOnlySpan<float> b,
        [Learnable(1, Initial = -2.5)] ReadOnlySpan<float> logEpsilon)
    {
        float v = -1.2f, w = -0.6f;
        float epsilon = MathF.Exp(logEpsilon[0]);
        for (int t = 0; t < x.Length; t++)
        {
            float current = 1.5f * MathF.Tanh(x[t]);
            int s = 0;
            do
            {
                float dv = v - v * v * v / 3f - w + current;
                float dw = epsilon * (v + a[0] - b[0] * w);
                v += Dt * dv;
                w += Dt * dw;
                s++;
            } while (s < SubSteps);
            y[t] = v;
        }
    }
}
