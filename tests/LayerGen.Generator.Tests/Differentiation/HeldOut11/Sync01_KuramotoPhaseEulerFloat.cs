// expect: gradient
// rows: no-large
// the initial phases are the raw entries: at ±1000 rad, h = 1e-5·|v| ≈ 0.01 rad is not small for the sines' curvature
// The Kuramoto model of six coupled oscillators, θ_i += Δt·(ω_i + K/N·Σ_j sin(θ_j − θ_i)), natural frequencies in a
// static readonly table and initial phases from the row, five Euler steps with the increments computed into a
// stackalloc buffer first; outputs the final phases and the order parameter r = |Σ e^(iθ)|/N (float). Shape of
// synchronisation tutorials in NumPy, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6, 7)]
public partial class KuramotoPhaseEulerFloat
{
    const float Coupling = 1.5f, Dt = 0.1f;
    static readonly float[] NaturalFrequency = { 0.9f, 1.0f, 1.1f, 0.95f, 1.05f, 1.2f };

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        int n = x.Length;
        Span<float> theta = stackalloc float[6];
        Span<float> increment = stackalloc float[6];
        x.CopyTo(theta);
        for (int step = 0; step < 5; step++)
        {
            for (int i = 0; i < n; i++)
            {
                float pull = 0f;
                for (int j = 0; j < n; j++) pull += MathF.Sin(theta[j] - theta[i]);
                increment[i] = Dt * (NaturalFrequency[i] + Coupling / n * pull);
            }
            for (int i = 0; i < n; i++) theta[i] += increment[i];
        }
        float c = 0f, s = 0f;
        for (int i = 0; i < n; i++)
        {
            y[i] = theta[i];
            c += MathF.Cos(theta[i]);
            s += MathF.Sin(theta[i]);
        }
        y[n] = MathF.Sqrt(c * c + s * s) / n;
    }
}
