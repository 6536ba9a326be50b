// A Nash cascade of three linear reservoirs routing a 10-step inflow series (the row) to the outflow series:
// Sᵢ += Δt (Qᵢ₋₁ − Sᵢ / k), Qᵢ = Sᵢ / k, with k = 1 + exp(learnable) so that Δt / k < 1; a counting while over time.
// Shape of: Nash's (1957) instantaneous unit hydrograph as a discrete reservoir cascade, as in teaching notebooks (from memory).
// expect: gradient
using System;
using LayerGen;

namespace HeldOut8;

[DifferentiableLayer(10)]
public partial class NashCascadeRoutingWhileFloat
{
    const int Reservoirs = 3;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(1, Initial = 0.7)] ReadOnlySpan<float> logK)
    {
        float k = 1.0f + MathF.Exp(logK[0]);
        Span<float> storage = stackalloc float[Reservoirs];
        storage.Clear();

        int t = 0;
        while (t < x.Length)
        {
            float inflow = x[t];
            for (int r = 0; r < Reservoirs; r++)
            {
                storage[r] += inflow - storage[r] / k;
                inflow = storage[r] / k;
            }
            y[t] = inflow;
            t++;
        }
    }
}
